package org.zhifa.supervision.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.shared.CleanText;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.PlausibleDate;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.web.CsvCells;
import org.zhifa.supervision.CaseFileReviews;
import org.zhifa.supervision.ReviewResults;
import org.zhifa.supervision.ReviewSheet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 案卷评查 (RM9): supervisors open rounds and read every result; an agency's head reads the rounds that reviewed
 * the agency, with its own dossiers and grade only.
 */
@RestController
@RequestMapping("/api/supervision/reviews")
@Tag(name = "执法监督", description = "行政执法案卷评查（RM9）")
@PreAuthorize("hasAnyAuthority('supervisor', 'camunda-admin', 'leader')")
class CaseFileReviewController {

    /** A round as asked: agencies by code, the period cases were closed in, cases per agency or a share. */
    record RoundBody(
            @NotBlank(message = "必须填写") @Size(max = 100, message = "最多 {max} 个字符") @CleanText String name,
            @NotEmpty(message = "须列出至少一个执法机关编码") @Size(max = 100, message = "最多 {max} 个执法机关")
            List<@NotBlank(message = "执法机关编码不能为空") @Size(max = 32, message = "执法机关编码最多 {max} 个字符")
                    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "执法机关编码只能是字母、数字、下划线和连字符")
                    String> agencies,
            @NotNull(message = "必须填写") @PlausibleDate(yearsAhead = 0, message = "日期应在 1949-10-01 至今天之间")
            LocalDate from,
            @NotNull(message = "必须填写") @PlausibleDate(yearsAhead = 0, message = "日期应在 1949-10-01 至今天之间")
            LocalDate to,
            @Min(value = 1, message = "至少为 {value}") @Max(value = 10000, message = "最多为 {value}") Integer sampleSize,
            @DecimalMin(value = "0", inclusive = false, message = "应大于 0")
            @DecimalMax(value = "1", message = "不能大于 1") Double sampleShare) {
    }

    private final CaseFileReviews reviews;
    private final ReviewResults results;
    private final CallerAgency caller;

    CaseFileReviewController(CaseFileReviews reviews, ReviewResults results, CallerAgency caller) {
        this.reviews = reviews;
        this.results = results;
        this.caller = caller;
    }

    @PostMapping
    @PreAuthorize("hasAnyAuthority('supervisor', 'camunda-admin')")
    @Operation(summary = "发起一轮评查：服务器以新的随机种子从每个机关期间内办结的案件中抽取案卷，交评查人员评分")
    ResponseEntity<ReviewResults.Round> open(@Valid @RequestBody RoundBody body, Authentication user) {
        if (body == null) {
            throw new InvalidInput("请求体须为评查的 name、agencies、from、to 和 sampleSize 或 sampleShare");
        }
        String key = reviews.open(new CaseFileReviews.RoundRequest(body.name(), body.agencies(), body.from(),
                body.to(), body.sampleSize(), body.sampleShare()), user.getName());
        return ResponseEntity.created(URI.create("/api/supervision/reviews/" + key))
                .body(results.round(key).orElseThrow());
    }

    @GetMapping
    @Operation(summary = "历次评查（最近的在前）；机关负责人只见评查过本机关的")
    List<ReviewResults.RoundSummary> rounds(Authentication user) {
        Optional<String> own = caller.limitedTo(user);
        return results.rounds().stream().filter(r -> own.isEmpty() || r.agencies().contains(own.get())).toList();
    }

    @GetMapping("/sheet")
    @Operation(summary = "评分表：评查项目、分值、所查依据和等级标准")
    ReviewSheet sheet() {
        return reviews.sheet();
    }

    @GetMapping("/{key}")
    @Operation(summary = "一轮评查：种子和抽取结果，每份案卷的评分和等级，每个机关的等级和整改情况")
    ReviewResults.Round round(@PathVariable String key, Authentication user) {
        return visible(key, user);
    }

    @GetMapping("/{key}.csv")
    @Operation(summary = "同上，CSV（UTF-8）：每份案卷一行")
    ResponseEntity<String> csv(@PathVariable String key, Authentication user) {
        ReviewResults.Round round = visible(key, user);
        ReviewSheet sheet = reviews.sheet();
        List<String> header = new ArrayList<>(List.of("案件编号", "执法机关", "评查人员", "评查时间"));
        sheet.items().forEach(i -> header.add(i.name() + "（" + i.points() + "）"));
        header.addAll(List.of("得分", "满分", "案卷等级", "评查意见", "机关等级", "整改情况", "整改期限"));
        StringBuilder csv = new StringBuilder().append(CsvCells.BOM).append(CsvCells.row(header.toArray(String[]::new)));
        for (ReviewResults.CaseResult c : round.cases()) {
            Optional<ReviewResults.AgencyResult> agency = round.agencyResults().stream()
                    .filter(a -> a.agencyCode().equals(c.agencyCode())).findFirst();
            List<String> cells = new ArrayList<>(List.of(CsvCells.cell(c.caseKey()), CsvCells.cell(agency
                    .map(ReviewResults.AgencyResult::agencyName).orElse(c.agencyCode())), CsvCells.cell(c.reviewer()),
                    CsvCells.cell(c.scoredAt() == null ? "" : c.scoredAt().toString())));
            Map<String, Integer> scores = c.scores() == null ? Map.of() : c.scores();
            sheet.items().forEach(i -> cells.add(scores.containsKey(i.id()) ? CsvCells.number(scores.get(i.id())) : ""));
            cells.add(c.total() == null ? "" : CsvCells.number(c.total()));
            cells.add(c.maxTotal() == null ? "" : CsvCells.number(c.maxTotal()));
            cells.add(CsvCells.cell(c.grade()));
            cells.add(CsvCells.cell(c.findings()));
            cells.add(CsvCells.cell(agency.map(ReviewResults.AgencyResult::grade).orElse("")));
            cells.add(CsvCells.cell(agency.map(ReviewResults.AgencyResult::status).orElse("评查中")));
            cells.add(CsvCells.cell(agency.map(a -> a.dueOn() == null ? "" : a.dueOn().toString()).orElse("")));
            csv.append(CsvCells.rowOf(cells.toArray(String[]::new)));
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + round.businessKey()
                        + ".csv\"")
                .body(csv.toString());
    }

    /** The round as the user may see it: a head only the agency's own dossiers and grade. */
    private ReviewResults.Round visible(String key, Authentication user) {
        if (key == null || !key.matches("[A-Za-z0-9-]{1,64}")) {
            throw new InvalidInput("评查编号只能是字母、数字和连字符，最多 64 个字符");
        }
        ReviewResults.Round round = results.round(key).orElseThrow(() -> new NotFound("没有编号为 " + key + " 的评查"));
        Optional<String> own = caller.limitedTo(user);
        if (own.isEmpty()) {
            return round;
        }
        if (!round.agencies().contains(own.get())) {
            throw new NotFound("没有编号为 " + key + " 的评查");
        }
        return new ReviewResults.Round(round.businessKey(), round.name(), List.of(own.get()), round.from(), round.to(),
                round.sampleSize(), round.sampleShare(), round.requestedBy(), round.seed(), round.population(),
                round.populationSha256(), round.drawnAt(), round.cases().stream()
                        .filter(c -> c.agencyCode().equals(own.get())).toList(),
                round.agencyResults().stream().filter(a -> a.agencyCode().equals(own.get())).toList());
    }
}
