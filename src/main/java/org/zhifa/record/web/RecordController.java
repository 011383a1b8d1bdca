package org.zhifa.record.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.engine.StepDescriptions;
import org.zhifa.evidence.CaseAccess;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.LawCoverage;
import org.zhifa.record.RecordEntry;
import org.zhifa.record.Verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api")
@Tag(name = "全过程记录", description = "案件每一步的记录及其完整性校验（RM3、RM4、RM8、RM24）")
class RecordController {

    private final CaseRecord caseRecord;
    private final LawCoverage lawCoverage;
    private final CaseAccess access;
    private final ObjectMapper json;
    private final StepDescriptions descriptions;

    RecordController(CaseRecord caseRecord, LawCoverage lawCoverage, CaseAccess access, ObjectMapper json,
            StepDescriptions descriptions) {
        this.descriptions = descriptions;
        this.caseRecord = caseRecord;
        this.lawCoverage = lawCoverage;
        this.access = access;
        this.json = json;
    }

    record EntryView(long seq, String activityId, String activityName, String activityType, String law,
            boolean unmapped, String actor, Instant startedAt, Instant endedAt, JsonNode formValues, JsonNode evidence,
            JsonNode detail, String processDefinitionKey, int processDefinitionVersion, String processInstanceId,
            Instant recordedAt, String previousHash, String hash, List<StepDescriptions.Described> fields) {
    }

    @GetMapping("/cases/{businessKey}/record")
    @Operation(summary = "案件的全过程记录，按顺序（审核、监督岗位可查看全部案件，其他人员只能查看参与办理的案件）；"
            + "fields 为各步骤填写的内容，按表单的名称和选项显示")
    List<EntryView> record(@PathVariable String businessKey, Authentication user) {
        access.read(user.getName(), groups(user), businessKey, "record", "查看全过程记录");
        return views(caseRecord.entries(businessKey));
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

    record UnmappedView(long total, List<EntryView> latest) {
    }

    @GetMapping("/record/unmapped")
    @Operation(summary = "没有对应法律条目的记录（模型元素缺少 law 属性）")
    UnmappedView unmapped(@RequestParam(defaultValue = "50") @Min(value = 1, message = "limit 至少为 {value}")
            @Max(value = 500, message = "limit 最多为 {value}") int limit) {
        return new UnmappedView(caseRecord.unmappedEntryCount(),
                views(caseRecord.unmappedEntries(limit)));
    }

    @GetMapping("/models/law-coverage")
    @Operation(summary = "已部署模型中缺少法律条目的步骤")
    List<LawCoverage.ModelCoverage> lawCoverage() {
        return lawCoverage.latestModels();
    }


    /** The entries, their values labelled by the forms of the model versions they ran in, each read once. */
    private List<EntryView> views(List<RecordEntry> entries) {
        StepDescriptions.Describer describer = descriptions.describer(entries.stream()
                .map(RecordEntry::getProcessDefinitionId).filter(Objects::nonNull).toList());
        return entries.stream().map(entry -> view(entry, describer)).toList();
    }

    private EntryView view(RecordEntry e, StepDescriptions.Describer describer) {
        JsonNode values = tree(e.getFormValues());
        return new EntryView(e.getSeq(), e.getActivityId(), e.getActivityName(), e.getActivityType(), e.getLaw(),
                e.isUnmapped(), e.getActor(), e.getStartedAt(), e.getEndedAt(), values,
                tree(e.getEvidence()), tree(e.getDetail()), e.getProcessDefinitionKey(),
                e.getProcessDefinitionVersion(), e.getProcessInstanceId(), e.getRecordedAt(), e.getPreviousHash(),
                e.getHash(), describer.describe(e.getProcessDefinitionId(), e.getActivityId(), values));
    }

    private JsonNode tree(String text) {
        if (text == null) {
            return json.getNodeFactory().nullNode();
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(text);
        }
    }
}
