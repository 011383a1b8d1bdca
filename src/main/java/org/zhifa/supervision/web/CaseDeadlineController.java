package org.zhifa.supervision.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.cases.CaseDeadline;
import org.zhifa.cases.CaseDeadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** For heads, reviewers and supervisors: running cases near or past their deadline (Penalty Law Art. 60). */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "案件", description = "办案期限（《行政处罚法》第六十条：立案之日起九十日）")
class CaseDeadlineController {

    private final CaseDeadlines deadlines;

    CaseDeadlineController(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping
    @Operation(summary = "临近或超过办案期限的案件")
    @PreAuthorize("hasAnyAuthority('leader', 'unit-reviewer', 'legal-reviewer', 'supervisor', 'camunda-admin')")
    List<CaseDeadline> nearDeadline(
            @RequestParam(defaultValue = "10") @Min(value = 0, message = "deadlineWithinDays 不能为负数")
            @Max(value = 366, message = "deadlineWithinDays 不能超过 366") int deadlineWithinDays) {
        return deadlines.dueWithin(deadlineWithinDays);
    }
}
