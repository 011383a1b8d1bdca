package org.zhifa.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.requests.CorrectionRequests;
import org.zhifa.requests.PublicRequestLimits;
import org.zhifa.shared.CleanText;
import org.zhifa.shared.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** PM17 on the open API: a party asks to correct a published result and follows the request with its code. */
@RestController
@Tag(name = "公开：执法决定")
class CorrectionsController {

    /** What the party sends: who they are, how to reach them, what is wrong. */
    /** What a party asks to correct; each field bounded by its column in {@code correction_requests}. */
    record CorrectionForm(
            @Size(max = 255, message = "申请人不能超过 {max} 个字符") @CleanText String requester,
            @Size(max = 255, message = "联系方式不能超过 {max} 个字符") @CleanText String contact,
            @Size(max = 4000, message = "更正内容不能超过 {max} 个字符") @CleanText(multiline = true) String description) {
    }

    private final CorrectionRequests corrections;
    private final PublicRequestLimits limits;

    CorrectionsController(CorrectionRequests corrections, PublicRequestLimits limits) {
        this.corrections = corrections;
        this.limits = limits;
    }

    @PostMapping("/api/public/results/{id}/corrections")
    @Operation(summary = "申请更正公示信息（第十七条）：返回申请编号和查询码")
    ResponseEntity<CorrectionRequests.Receipt> submit(@PathVariable long id, @Valid @RequestBody CorrectionForm form,
            HttpServletRequest request) {
        limits.submission(request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(corrections.submit(id, form.requester(), form.contact(),
                form.description()));
    }

    @GetMapping("/api/public/corrections/{reference}")
    @Operation(summary = "查询更正申请的办理结果（须提供查询码）")
    CorrectionRequests.Status status(@PathVariable long reference, @RequestParam(required = false) String code,
            HttpServletRequest request) {
        limits.lookup("correction", reference, request.getRemoteAddr());
        CorrectionRequests.Status status = corrections.status(reference, code).orElseThrow(() -> new NotFound(
                "没有编号为 " + reference + " 的更正申请，或查询码不符"));
        limits.found("correction", reference, request.getRemoteAddr());
        return status;
    }
}
