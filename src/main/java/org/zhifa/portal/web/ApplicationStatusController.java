package org.zhifa.portal.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.cases.Applications;
import org.zhifa.requests.PublicRequestLimits;
import org.zhifa.shared.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The applicant follows an application with its number and query code (PM8.2), no login: the code is tried under
 * the same limits as the codes of corrections and information requests, so that a script cannot run through the
 * million codes of a number.
 */
@RestController
@Tag(name = "行政许可申请", description = "申请人查询办理进度（PM8.2）")
class ApplicationStatusController {

    private final Applications applications;
    private final PublicRequestLimits limits;

    ApplicationStatusController(Applications applications, PublicRequestLimits limits) {
        this.applications = applications;
        this.limits = limits;
    }

    @GetMapping("/api/applications/{number}/status")
    @Operation(summary = "申请人凭申请编号和查询码查询办理进度")
    Applications.Status status(@PathVariable String number, @RequestParam(required = false) String code,
            HttpServletRequest request) {
        String reference = number.length() > 64 ? number.substring(0, 64) : number;
        limits.lookup("application", reference, request.getRemoteAddr());
        Applications.Status status = applications.status(number, code).orElseThrow(() -> new NotFound("没有找到申请编号与查询码相符的申请"));
        limits.found("application", reference, request.getRemoteAddr());
        return status;
    }
}
