package org.zhifa.evidence.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.evidence.Interruptions;
import org.zhifa.evidence.UninterruptedRecording;
import org.zhifa.shared.CleanText;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** RM14, RM15, RM17: the steps recorded without interruption, and the interruptions officers report. */
@RestController
@Tag(name = "证据和音像记录")
class InterruptionsController {

    private final Interruptions interruptions;
    private final UninterruptedRecording uninterrupted;

    InterruptionsController(Interruptions interruptions, UninterruptedRecording uninterrupted) {
        this.interruptions = interruptions;
        this.uninterrupted = uninterrupted;
    }

    /** An interruption of AV recording (RM19); each field bounded by its column in {@code av_interruptions}. */
    record InterruptionForm(
            @Size(max = 255, message = "办案步骤不能超过 {max} 个字符") @CleanText String step,
            Long evidenceId,
            @Size(max = 32, message = "中断原因不能超过 {max} 个字符") @CleanText String reason,
            @Size(max = 40, message = "中断时间不能超过 {max} 个字符") @CleanText String stoppedAt,
            @Size(max = 40, message = "恢复时间不能超过 {max} 个字符") @CleanText String resumedAt,
            boolean couldNotResume,
            @Size(max = 2048, message = "备注不能超过 {max} 个字符") @CleanText(multiline = true) String remarks) {
    }

    @PostMapping("/api/cases/{businessKey}/av-interruptions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('handler', 'camunda-admin')")
    @Operation(summary = "报告音像记录中断：原因、中断和恢复时间；无法恢复的立即报告负责人（RM15、RM17）")
    Interruptions.Interruption interrupted(@PathVariable String businessKey,
            @Valid @RequestBody InterruptionForm form, Authentication user) {
        return interruptions.report(businessKey, form.step(), form.evidenceId(), form.reason(), form.stoppedAt(),
                form.resumedAt(), form.couldNotResume(), form.remarks(), user.getName(), EvidenceController.groups(user));
    }

    @GetMapping("/api/cases/{businessKey}/av-interruptions")
    @Operation(summary = "案件的音像记录中断报告")
    List<Interruptions.Interruption> interruptions(@PathVariable String businessKey, Authentication user) {
        return interruptions.of(businessKey, user.getName(), EvidenceController.groups(user));
    }

    @GetMapping("/api/public/av-recording-list")
    @Operation(summary = "全过程音像记录清单（RM14，公开）")
    UninterruptedRecording avRecordingList() {
        return uninterrupted;
    }
}
