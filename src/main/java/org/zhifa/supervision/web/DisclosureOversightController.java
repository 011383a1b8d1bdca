package org.zhifa.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.catalogue.Catalogue;
import org.zhifa.disclosure.DisclosureOversight;
import org.zhifa.disclosure.Publications;
import org.zhifa.requests.InformationRequests;
import org.zhifa.statistics.AnnualStatistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * For supervisors, heads and disclosure officers (PM20): results, catalogue changes, annual statistics and PM22
 * answers not published or given on time, and each step of a publication.
 */
@RestController
@Tag(name = "执法公示监督")
@PreAuthorize("hasAnyAuthority('supervisor', 'leader', 'disclosure-officer', 'camunda-admin')")
class DisclosureOversightController {

    private final DisclosureOversight oversight;
    private final Catalogue catalogue;
    private final AnnualStatistics statistics;
    private final InformationRequests requests;
    private final Clock clock;

    DisclosureOversightController(DisclosureOversight oversight, Catalogue catalogue, AnnualStatistics statistics,
            InformationRequests requests, Clock clock) {
        this.oversight = oversight;
        this.catalogue = catalogue;
        this.statistics = statistics;
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping("/api/disclosure/overdue")
    @Operation(summary = "逾期未公示、逾期公示的执法决定（第十四条、第二十条）")
    List<DisclosureOversight.Attention> overdue() {
        return oversight.attention(LocalDate.now(clock));
    }

    @GetMapping("/api/disclosure/publications/{id}/history")
    @Operation(summary = "一项公示的全部步骤：草稿、公示、不予公示、逾期标记（谁、何时、理由）")
    List<Publications.Version> history(@PathVariable long id) {
        return oversight.history(id);
    }

    @GetMapping("/api/disclosure/catalogue/overdue")
    @Operation(summary = "逾期未公示、超期公示的目录变更（第二十条）")
    List<Catalogue.Version> catalogueOverdue() {
        return catalogue.attention(LocalDate.now(clock));
    }

    @GetMapping("/api/disclosure/statistics/overdue")
    @Operation(summary = "1 月 31 日前未公开的年度统计（第十八条、第二十条）")
    List<AnnualStatistics.Overdue> statisticsOverdue() {
        return statistics.overdue();
    }

    @GetMapping("/api/disclosure/information-requests/overdue")
    @Operation(summary = "逾期未答复的政府信息公开申请（第二十二条）")
    List<Map<String, Object>> overdueRequests() {
        return requests.overdue();
    }
}
