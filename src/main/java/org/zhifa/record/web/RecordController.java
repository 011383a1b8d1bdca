package org.zhifa.record.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.evidence.CaseAccess;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.RecordViews;
import org.zhifa.record.Verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "全过程记录", description = "案件每一步的记录及其完整性校验（RM3、RM4、RM8、RM24）")
class RecordController {

    private final CaseRecord caseRecord;
    private final CaseAccess access;
    private final RecordViews views;

    RecordController(CaseRecord caseRecord, CaseAccess access, RecordViews views) {
        this.caseRecord = caseRecord;
        this.access = access;
        this.views = views;
    }

    @GetMapping("/cases/{businessKey}/record")
    @Operation(summary = "案件的全过程记录，按顺序（审核、监督岗位可查看全部案件，其他人员只能查看参与办理的案件）；"
            + "fields 为各步骤填写的内容，按表单的名称和选项显示")
    List<RecordViews.EntryView> record(@PathVariable String businessKey, Authentication user) {
        access.read(user.getName(), groups(user), businessKey, "record", "查看全过程记录");
        return views.of(caseRecord.entries(businessKey));
    }

    @GetMapping("/cases/{businessKey}/record/verify")
    @Operation(summary = "重新计算哈希链，指出第一条被改动的记录（与查看记录同一权限）")
    Verification verify(@PathVariable String businessKey, Authentication user) {
        access.read(user.getName(), groups(user), businessKey, "verify", "校验全过程记录");
        return caseRecord.verify(businessKey);
    }

    private static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(a -> a.getAuthority()).toList();
    }
}
