package org.zhifa.supervision.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.cases.CaseClocks;
import org.zhifa.directory.Directory;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.web.CsvCells;
import org.zhifa.supervision.Deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * For heads, reviewers and supervisors: every running statutory clock with its light, as JSON and as CSV — a reviewer
 * who is an officer of an agency sees that agency's only.
 */
@RestController
@Tag(name = "执法监督", description = "法定期限预警（黄灯、红灯）")
@PreAuthorize("hasAnyAuthority('leader', 'unit-reviewer', 'legal-reviewer', 'supervisor', 'camunda-admin')")
class DeadlineController {

    private final Deadlines deadlines;
    private final Directory directory;

    DeadlineController(Deadlines deadlines, Directory directory) {
        this.deadlines = deadlines;
        this.directory = directory;
    }

    @GetMapping("/api/supervision/deadlines")
    @Operation(summary = "办理中案件的全部法定期限及预警：red 已超期，yellow 临近（可按 light、kind、agency 筛选）")
    List<Deadlines.Deadline> list(@RequestParam(required = false) String light,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String agency,
            Authentication user) {
        return deadlines.running(light(light), kind(kind), agencies(agency, user));
    }

    @GetMapping("/api/supervision/deadlines.csv")
    @Operation(summary = "同上，CSV（UTF-8）")
    ResponseEntity<String> csv(@RequestParam(required = false) String light,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String agency,
            Authentication user) {
        StringBuilder csv = new StringBuilder().append(CsvCells.BOM).append(CsvCells.row("预警", "期限", "案件编号",
                "执法机关", "案由或事项", "承办人", "起算日", "最后一日", "剩余工作日", "已超期（日）", "办理中的步骤", "依据"));
        for (Deadlines.Deadline d : deadlines.running(light(light), kind(kind), agencies(agency, user))) {
            csv.append(CsvCells.rowOf(CsvCells.cell(d.lightLabel()), CsvCells.cell(d.label()),
                    CsvCells.cell(d.businessKey()), CsvCells.cell(d.agencyName()), CsvCells.cell(d.caseName()),
                    CsvCells.cell(d.handler()), CsvCells.cell(d.startedOn() == null ? "" : d.startedOn().toString()),
                    CsvCells.cell(d.lastDay().toString()), CsvCells.number(d.workingDaysLeft()),
                    CsvCells.number(d.daysOverdue()), CsvCells.cell(String.join("、", d.openSteps())),
                    CsvCells.cell(d.law())));
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
        List<String> kinds = Stream.concat(Stream.of(CaseClocks.Kind.values()).map(Enum::name),
                Deadlines.OWN_KINDS.stream()).toList();
        return kinds.stream().filter(k -> k.equals(kind.trim().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidInput("kind（期限种类）只能是 " + String.join("、", kinds) + " 之一，而不是 "
                        + shorten(kind)));
    }

    /**
     * The agencies whose clocks the caller sees: an officer's (a reviewer holds a certificate of an agency) only
     * that agency's, supervisors and heads without an agency every agency's; narrowed by {@code agency} if given.
     */
    private List<String> agencies(String agency, Authentication user) {
        if (agency != null && !agency.isBlank() && !agency.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidInput("agency（执法机关编码）只能是字母、数字、下划线和连字符，最多 64 个字符");
        }
        String asked = agency == null || agency.isBlank() ? null : agency;
        java.util.Optional<String> own = user.getAuthorities().stream().anyMatch(a -> a.getAuthority()
                .equals("supervisor")) ? java.util.Optional.empty() : directory.agencyCodeOf(user.getName());
        if (own.isPresent()) {
            return asked == null || asked.equals(own.get()) ? List.of(own.get()) : List.of();
        }
        return asked == null ? null : List.of(asked);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
