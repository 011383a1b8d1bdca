package org.zhifa.supervision.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.LawCoverage;
import org.zhifa.record.RecordViews;
import org.zhifa.record.Verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * For supervisors (RM3, RM24): every case's record verified against its chain and the latest checkpoint; steps
 * recorded without a law item, and the deployed steps that lack one.
 */
@RestController
@Tag(name = "全过程记录", description = "案件每一步的记录及其完整性校验（RM3、RM4、RM8、RM24）")
@PreAuthorize("hasAnyAuthority('supervisor', 'camunda-admin')")
class RecordOversightController {

    /** How many entries lack a law item, and the latest of them. */
    record UnmappedView(long total, List<RecordViews.EntryView> latest) {
    }

    private final CaseRecord caseRecord;
    private final LawCoverage lawCoverage;
    private final RecordViews views;

    RecordOversightController(CaseRecord caseRecord, LawCoverage lawCoverage, RecordViews views) {
        this.caseRecord = caseRecord;
        this.lawCoverage = lawCoverage;
        this.views = views;
    }

    @GetMapping("/api/record/verification")
    @Operation(summary = "校验全部案件的记录（检查点、链头、已登记的业务编号所知的每个案件），列出不完整的")
    List<Verification> broken() {
        return caseRecord.brokenCases();
    }

    @GetMapping("/api/record/unmapped")
    @Operation(summary = "没有对应法律条目的记录（模型元素缺少 law 属性）")
    UnmappedView unmapped(@RequestParam(defaultValue = "50") @Min(value = 1, message = "limit 至少为 {value}")
            @Max(value = 500, message = "limit 最多为 {value}") int limit) {
        return new UnmappedView(caseRecord.unmappedEntryCount(), views.of(caseRecord.unmappedEntries(limit)));
    }

    @GetMapping("/api/models/law-coverage")
    @Operation(summary = "已部署模型中缺少法律条目的步骤")
    List<LawCoverage.ModelCoverage> lawCoverage() {
        return lawCoverage.latestModels();
    }
}
