package org.zhifa.portal.web;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhifa.requests.InformationRequests;
import org.zhifa.requests.PublicRequestLimits;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.web.Problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * PM22 on the portal: a plain HTML form to request government information, and a page to follow a request with its
 * number and query code. What was typed comes back with the reason when something is missing.
 */
@Controller
class RequestPagesController {

    private final InformationRequests requests;
    private final AgencyCatalogue catalogue;
    private final PublicRequestLimits limits;

    /** What the request form offers. */
    private static final Set<String> FIELDS = Set.of("agencyCode", "requester", "idDocument", "contact", "description",
            "delivery");

    RequestPagesController(InformationRequests requests, AgencyCatalogue catalogue, PublicRequestLimits limits) {
        this.requests = requests;
        this.catalogue = catalogue;
        this.limits = limits;
    }

    @GetMapping("/portal/requests")
    String form(Model model) {
        model.addAttribute("agencies", catalogue.agencies());
        model.addAttribute("deliveries", InformationRequests.DELIVERY);
        return "portal/request";
    }

    @PostMapping("/portal/requests")
    String submit(@RequestParam Map<String, String> fields, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        form(model);
        model.addAttribute("fields", fields);
        try {
            fields.keySet().stream().filter(name -> !FIELDS.contains(name)).findFirst().ifPresent(name -> {
                throw new InvalidInput("申请表没有“" + name + "”这一项，不能提交");
            });
            limits.submission(request.getRemoteAddr());
            model.addAttribute("receipt", requests.submit(fields.get("agencyCode"), fields.get("requester"),
                    fields.get("idDocument"), fields.get("contact"), fields.get("description"), fields.get("delivery")));
        } catch (Refusal e) {
            response.setStatus(e instanceof NotFound ? 400 : Problems.status(e).value());
            model.addAttribute("error", e.getMessage());
        }
        return "portal/request";
    }

    @GetMapping("/portal/requests/status")
    String status(@RequestParam(required = false) String reference, @RequestParam(required = false) String code,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("reference", reference);
        if (reference == null || reference.isBlank()) {
            return "portal/request-status";
        }
        try {
            if (!reference.strip().matches("\\d{1,18}")) {
                throw new NotFound("申请编号应为数字");
            }
            long number = Long.parseLong(reference.strip());
            limits.lookup("information-request", number, request.getRemoteAddr());
            model.addAttribute("status", requests.status(number, code == null ? null : code.strip())
                    .orElseThrow(() -> new NotFound("没有编号为 " + number + " 的申请，或查询码不符")));
            limits.found("information-request", number, request.getRemoteAddr());
            model.addAttribute("outcomes", InformationRequests.OUTCOMES);
        } catch (Refusal e) {
            response.setStatus(Problems.status(e).value());
            model.addAttribute("error", e.getMessage());
        }
        return "portal/request-status";
    }
}
