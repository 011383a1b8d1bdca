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
import org.zhifa.cases.CaseClocks;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.web.CsvCells;
import org.zhifa.supervision.Deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** For heads, reviewers and supervisors: every running statutory clock with its light, as JSON and as CSV. */
@RestController
@Tag(name = "执法监督", description = "法定期限预警（黄灯、红灯）")
@PreAuthorize("hasAnyAuthority('leader', 'unit-reviewer', 'legal-reviewer', 'supervisor', 'camunda-admin')")
class DeadlineController {

    private final Deadlines deadlines;

    DeadlineController(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/api/supervision/deadlines")
    @Operation(summary = "办理中案件的全部法定期限及预警：red 已超期，yellow 临近（可按 light、kind、agency 筛选）")
    List<Deadlines.Deadline> list(@RequestParam(required = false) String light,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String agency) {
        return deadlines.running(light(light), kind(kind), agency(agency));
    }

    @GetMapping("/api/supervision/deadlines.csv")
    @Operation(summary = "同上，CSV（UTF-8）")
    ResponseEntity<String> csv(@RequestParam(required = false) String light,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String agency) {
        StringBuilder csv = new StringBuilder().append(CsvCells.BOM).append(CsvCells.row("预警", "期限", "案件编号",
                "执法机关", "案由或事项", "承办人", "起算日", "最后一日", "剩余工作日", "已超期（日）", "办理中的步骤", "依据"));
        for (Deadlines.Deadline d : deadlines.running(light(light), kind(kind), agency(agency))) {
            csv.append(CsvCells.row(d.lightLabel(), d.label(), d.businessKey(), d.agencyName(), d.caseName(),
                    d.handler(), d.startedOn() == null ? "" : d.startedOn().toString(), d.lastDay().toString(),
                    String.valueOf(d.workingDaysLeft()), String.valueOf(d.daysOverdue()),
                    String.join("、", d.openSteps()), d.law()));
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"deadlines.csv\"; filename*=UTF-8''"
                        + "%E6%B3%95%E5%AE%9A%E6%9C%9F%E9%99%90%E9%A2%84%E8%AD%A6.csv")
                .body(csv.toString());
    }

    private static Deadlines.Light light(String light) {
        if (light == null || light.isBlank()) {
            return null;
        }
        return Stream.of(Deadlines.Light.values()).filter(l -> l.name().equals(light.trim().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidInput("light（预警）只能是 red、yellow 或 green，而不是 "
                        + shorten(light)));
    }

    private static String kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return Stream.of(CaseClocks.Kind.values()).map(Enum::name)
                .filter(k -> k.equals(kind.trim().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidInput("kind（期限种类）只能是 " + String.join("、",
                        Stream.of(CaseClocks.Kind.values()).map(Enum::name).toList()) + " 之一，而不是 " + shorten(kind)));
    }

    private static List<String> agency(String agency) {
        if (agency == null || agency.isBlank()) {
            return null;
        }
        if (!agency.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidInput("agency（执法机关编码）只能是字母、数字、下划线和连字符，最多 64 个字符");
        }
        return List.of(agency);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
