package org.zhifa.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.requests.InformationRequests;
import org.zhifa.requests.PublicRequestLimits;
import org.zhifa.shared.CleanText;
import org.zhifa.shared.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** PM22 on the open API: request government information and follow the request with its code. */
@RestController
@Tag(name = "政府信息公开申请", description = "依《政府信息公开条例》申请获取行政执法信息（第二十二条）")
class InformationRequestsController {

    /** What the requester sends (delivery: electronic, paper or onsite); each field bounded by its column. */
    record RequestForm(
            @Size(max = 32, message = "受理机关不能超过 {max} 个字符") @CleanText String agencyCode,
            @Size(max = 255, message = "申请人不能超过 {max} 个字符") @CleanText String requester,
            @Size(max = 64, message = "身份证件号码不能超过 {max} 个字符") @CleanText String idDocument,
            @Size(max = 255, message = "联系方式不能超过 {max} 个字符") @CleanText String contact,
            @Size(max = 4000, message = "所需信息描述不能超过 {max} 个字符") @CleanText(multiline = true) String description,
            @Size(max = 16, message = "获取方式不能超过 {max} 个字符") @CleanText String delivery) {
    }

    private final InformationRequests requests;
    private final PublicRequestLimits limits;

    InformationRequestsController(InformationRequests requests, PublicRequestLimits limits) {
        this.requests = requests;
        this.limits = limits;
    }

    @PostMapping("/api/public/information-requests")
    @Operation(summary = "提交政府信息公开申请：返回申请编号、查询码和答复期限")
    ResponseEntity<InformationRequests.Receipt> submit(@Valid @RequestBody RequestForm form, HttpServletRequest request) {
        limits.submission(request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(requests.submit(form.agencyCode(), form.requester(),
                form.idDocument(), form.contact(), form.description(), form.delivery()));
    }

    @GetMapping("/api/public/information-requests/{reference}")
    @Operation(summary = "查询申请的办理结果（须提供查询码）")
    InformationRequests.Status status(@PathVariable long reference, @RequestParam(required = false) String code,
            HttpServletRequest request) {
        limits.lookup("information-request", reference, request.getRemoteAddr());
        InformationRequests.Status status = requests.status(reference, code).orElseThrow(() -> new NotFound(
                "没有编号为 " + reference + " 的申请，或查询码不符"));
        limits.found("information-request", reference, request.getRemoteAddr());
        return status;
    }
}
