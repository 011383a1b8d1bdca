package org.zhifa.portal.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.disclosure.PublishedResults;
import org.zhifa.shared.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The open API of enforcement results (PM13): no login, published and redacted results only, paginated. */
@RestController
@Tag(name = "公开：执法决定")
class PublicResultsController {

    private final PublishedResults results;

    PublicResultsController(PublishedResults results) {
        this.results = results;
    }

    @GetMapping("/api/public/results")
    @Operation(summary = "检索已公示的执法决定（当事人姓氏或名称、文号、案件名称；执法机关；类别；决定日期）")
    PublishedResults.Page search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return results.search(new PublishedResults.Criteria(q, agency, kind, from, to), page, size);
    }

    @GetMapping("/api/public/results/{id}")
    @Operation(summary = "一项已公示的执法决定")
    PublishedResults.Result one(@PathVariable long id) {
        return results.find(id).orElseThrow(() -> new NotFound("没有编号为 " + id + " 的已公示执法决定"));
    }
}
