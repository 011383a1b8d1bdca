package org.zhifa.disclosure.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.disclosure.DisclosureOversight;
import org.zhifa.disclosure.Publications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** For supervisors, heads and disclosure officers: what was not published on time (PM20.5), and each step. */
@RestController
@Tag(name = "执法公示监督")
@PreAuthorize("hasAnyAuthority('supervisor', 'leader', 'disclosure-officer', 'camunda-admin')")
class OversightController {

    private final DisclosureOversight oversight;
    private final Clock clock;

    OversightController(DisclosureOversight oversight, Clock clock) {
        this.oversight = oversight;
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
}
