package org.zhifa.portal.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.statistics.AnnualStatistics;
import org.zhifa.shared.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The open API of the published annual statistics (PM8.5, PM8.6, PM18). */
@RestController
@RequestMapping("/api/public/statistics")
@Tag(name = "年度统计（开放接口）", description = "各执法机关上一年度的行政执法数据（第十八条）")
class PublicStatisticsController {

    /** A published year of an agency. */
    record Year(String agencyCode, String agencyName, int year, Instant publishedAt) {
    }

    /** The figures with their publication time. */
    record Published(AnnualStatistics.Figures figures, Instant publishedAt) {
    }

    private final AnnualStatistics statistics;

    PublicStatisticsController(AnnualStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping
    @Operation(summary = "已公开的年度统计")
    List<Year> years() {
        return statistics.published().stream().map(s -> new Year(s.figures().agencyCode(), s.figures().agencyName(),
                s.figures().year(), s.publishedAt())).toList();
    }

    @GetMapping("/{agency}/{year}")
    @Operation(summary = "某执法机关某年度的行政执法数据")
    Published year(@PathVariable String agency, @PathVariable int year) {
        return statistics.published(agency, year).map(s -> new Published(s.figures(), s.publishedAt()))
                .orElseThrow(() -> new NotFound("执法机关 " + agency + " 没有公开 " + year + " 年度统计"));
    }
}
