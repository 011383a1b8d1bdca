package org.zhifa.supervision.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.shared.web.CsvCells;
import org.zhifa.supervision.AgencyFigures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Per-agency figures for any period (PM6, RM9), as JSON and CSV: supervisors and administrators every agency's, a
 * head or reviewer who is an officer of an agency that agency's only.
 */
@RestController
@Tag(name = "执法监督", description = "各机关执法数据（PM6、RM9）")
@PreAuthorize("hasAnyAuthority('leader', 'unit-reviewer', 'legal-reviewer', 'supervisor', 'camunda-admin')")
class FiguresController {

    private final VisibleFigures figures;

    FiguresController(VisibleFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/supervision/figures")
    @Operation(summary = "各机关一个期间的执法数据：决定、罚款、法制审核、集体讨论、听证、公示及时率、更正和信息公开申请、复议诉讼纠错率")
    List<AgencyFigures.Figures> list(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String agency,
            Authentication user) {
        return figures.of(from, to, agency, user);
    }

    @GetMapping("/api/supervision/figures.csv")
    @Operation(summary = "同上，CSV（UTF-8）：每个机关一行")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String agency, Authentication user) {
        StringBuilder csv = new StringBuilder().append(CsvCells.BOM).append(CsvCells.row("执法机关", "起", "止",
                "行政处罚决定", "不予处罚决定", "罚款决定", "罚款金额（元）", "平均罚款（元）", "许可申请", "准予许可", "不予许可",
                "行政强制措施", "行政检查", "法制审核", "法制审核覆盖率", "集体讨论", "集体讨论覆盖率", "听证告知", "举行听证",
                "应公示决定", "按期公示", "逾期公示", "逾期未公示", "不予公示", "公示及时率", "更正申请", "已更正",
                "信息公开申请", "已答复", "逾期答复", "逾期未答复", "复议纠错率", "诉讼纠错率"));
        for (AgencyFigures.Figures f : figures.of(from, to, agency, user)) {
            csv.append(CsvCells.rowOf(CsvCells.cell(f.agencyName()), CsvCells.cell(f.from().toString()),
                    CsvCells.cell(f.to().toString()), CsvCells.number(f.penaltyDecisions()),
                    CsvCells.number(f.noPenaltyDecisions()), CsvCells.number(f.fineDecisions()),
                    f.fineAmount().toPlainString(), f.averageFine() == null ? "" : f.averageFine().toPlainString(),
                    CsvCells.number(f.applicationsReceived()), CsvCells.number(f.licencesGranted()),
                    CsvCells.number(f.licencesRefused()), CsvCells.number(f.coerciveMeasures()),
                    CsvCells.number(f.inspections()), CsvCells.number(f.legalReviews()), rate(f.legalReviewShare()),
                    CsvCells.number(f.collectiveDiscussions()), rate(f.collectiveDiscussionShare()),
                    CsvCells.number(f.hearingsNotified()), CsvCells.number(f.hearingsHeld()),
                    CsvCells.number(f.disclosure().decisions()), CsvCells.number(f.disclosure().onTime()),
                    CsvCells.number(f.disclosure().late()), CsvCells.number(f.disclosure().overdue()),
                    CsvCells.number(f.disclosure().withheld()), rate(f.disclosureOnTimeRate()),
                    CsvCells.number(f.corrections().received()), CsvCells.number(f.corrections().corrected()),
                    CsvCells.number(f.informationRequests().received()),
                    CsvCells.number(f.informationRequests().answered()),
                    CsvCells.number(f.informationRequests().answeredLate()),
                    CsvCells.number(f.informationRequests().overdue()), rate(f.reconsiderationAgainstRate()),
                    rate(f.litigationAgainstRate())));
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"figures.csv\"").body(csv.toString());
    }

    private static String rate(Double share) {
        return share == null ? "" : String.format("%.1f%%", share * 100);
    }
}
