package org.zhifa.disclosure.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.disclosure.ReviewOutcomes;
import org.zhifa.shared.CleanText;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** PM8.6, PM16: reconsideration and litigation outcomes are registered; a change, revocation or finding is published. */
@RestController
@RequestMapping("/api/disclosure")
@Tag(name = "复议诉讼结果", description = "行政复议、行政诉讼结果登记（第八条、第十六条）")
class ReviewOutcomesController {

    /** An outcome as the officer enters it; see {@link ReviewOutcomes#CHANNELS} and {@link ReviewOutcomes#OUTCOMES}. */
    record OutcomeForm(
            @Size(max = 128, message = "原决定文号不能超过 {max} 个字符") @CleanText String decisionNumber,
            @Size(max = 32, message = "救济途径不能超过 {max} 个字符") @CleanText String channel,
            @Size(max = 32, message = "结果不能超过 {max} 个字符") @CleanText String outcome,
            @Size(max = 255, message = "复议机关或者人民法院不能超过 {max} 个字符") @CleanText String body,
            @Size(max = 128, message = "文书文号不能超过 {max} 个字符") @CleanText String documentNumber,
            @Size(max = 10, message = "结果作出日期不能超过 {max} 个字符") @CleanText String outcomeDate,
            @Size(max = 4000, message = "变更内容不能超过 {max} 个字符") @CleanText(multiline = true) String content) {
    }

    private final ReviewOutcomes outcomes;

    ReviewOutcomesController(ReviewOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @PostMapping("/review-outcomes")
    @PreAuthorize("hasAnyAuthority('disclosure-officer', 'legal-reviewer', 'camunda-admin')")
    @Operation(summary = "登记行政复议、行政诉讼结果（变更、撤销、确认违法的同时公示）")
    ResponseEntity<ReviewOutcomes.Outcome> register(@Valid @RequestBody OutcomeForm form, Authentication user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(outcomes.register(form.decisionNumber(),
                form.channel(), form.outcome(), form.body(), form.documentNumber(), form.outcomeDate(),
                form.content(), user.getName()));
    }
}
