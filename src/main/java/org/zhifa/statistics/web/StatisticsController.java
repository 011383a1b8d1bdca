package org.zhifa.statistics.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.statistics.AnnualStatistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * PM8.5, PM8.6, PM18: the annual statistics run each January and can be started for a finished year; staff and
 * supervisors see every computation and what is overdue.
 */
@RestController
@RequestMapping("/api/disclosure")
@Tag(name = "年度统计", description = "年度执法数据统计和公开（第八条、第十八条）")
class StatisticsController {

    private final AnnualStatistics statistics;
    StatisticsController(AnnualStatistics statistics) {
        this.statistics = statistics;
    }

    @PostMapping("/statistics/{year}/run")
    @PreAuthorize("hasAnyAuthority('disclosure-officer', 'camunda-admin')")
    @Operation(summary = "启动某一已结束年度的统计（每年一月自动启动）")
    ResponseEntity<Map<String, Object>> run(@PathVariable int year) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("year", year, "processInstanceId",
                statistics.start(year)));
    }

    @GetMapping("/statistics/{agency}/{year}")
    @PreAuthorize("hasAnyAuthority('disclosure-officer', 'supervisor', 'leader', 'camunda-admin')")
    @Operation(summary = "某机关某年度的每次统计结果及是否公开")
    List<AnnualStatistics.Statistics> computations(@PathVariable String agency, @PathVariable int year) {
        return statistics.computations(agency, year);
    }
}
