package org.zhifa.supervision.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.web.CsvCells;
import org.zhifa.supervision.Findings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** For supervisors (RM24, PM20): every finding of accountability, as JSON and as CSV. */
@RestController
@Tag(name = "执法监督", description = "责任追究线索（RM24、PM20）")
@PreAuthorize("hasAnyAuthority('supervisor', 'camunda-admin')")
class FindingController {

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Findings findings;
    private final java.time.ZoneId zone;

    FindingController(Findings findings, java.time.Clock clock) {
        this.findings = findings;
        this.zone = clock.getZone();
    }

    @GetMapping("/api/supervision/findings")
    @Operation(summary = "责任追究线索：记录被改动、步骤之外修改数据、步骤被取消、事件人工触发、音像记录中断未说明、逾期存储、逾期公开等")
    List<Findings.Finding> list(@RequestParam(required = false) String kind) {
        return findings.all(kind(kind));
    }

    @GetMapping("/api/supervision/findings.csv")
    @Operation(summary = "同上，CSV（UTF-8）")
    ResponseEntity<String> csv(@RequestParam(required = false) String kind) {
        StringBuilder csv = new StringBuilder().append(CsvCells.BOM).append(CsvCells.row("问题", "依据", "案件编号",
                "步骤", "时间", "责任人", "说明"));
        for (Findings.Finding f : findings.all(kind(kind))) {
            csv.append(CsvCells.rowOf(CsvCells.cell(f.label()), CsvCells.cell(f.law()), CsvCells.cell(f.businessKey()),
                    CsvCells.cell(f.step()), CsvCells.cell(f.at() == null ? "" : TIME.format(f.at().atZone(zone))),
                    CsvCells.cell(f.people()), CsvCells.cell(f.detail())));
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"findings.csv\"")
                .body(csv.toString());
    }

    private static Findings.Kind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return Stream.of(Findings.Kind.values()).filter(k -> k.name().equals(kind.trim().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidInput("kind（问题种类）只能是 " + String.join("、",
                        Stream.of(Findings.Kind.values()).map(Enum::name).toList()) + " 之一"));
    }
}
