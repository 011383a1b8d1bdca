package org.zhifa.supervision.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.Verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** For supervisors (RM24): every case's record verified against its chain and the latest checkpoint. */
@RestController
@Tag(name = "全过程记录", description = "案件每一步的记录及其完整性校验（RM3、RM4、RM8、RM24）")
class RecordOversightController {

    private final CaseRecord caseRecord;

    RecordOversightController(CaseRecord caseRecord) {
        this.caseRecord = caseRecord;
    }

    @GetMapping("/api/record/verification")
    @PreAuthorize("hasAnyAuthority('supervisor', 'camunda-admin')")
    @Operation(summary = "校验全部案件的记录（检查点、链头、已登记的业务编号所知的每个案件），列出不完整的")
    List<Verification> broken() {
        return caseRecord.brokenCases();
    }
}
