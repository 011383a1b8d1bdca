package org.zhifa.requests.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.requests.InformationRequests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** For supervisors, heads and disclosure officers: PM22 requests not answered on time (PM20). */
@RestController
@Tag(name = "执法公示监督")
@PreAuthorize("hasAnyAuthority('supervisor', 'leader', 'disclosure-officer', 'camunda-admin')")
class RequestsOversightController {

    private final InformationRequests requests;

    RequestsOversightController(InformationRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/api/disclosure/information-requests/overdue")
    @Operation(summary = "逾期未答复的政府信息公开申请（第二十二条）")
    List<Map<String, Object>> overdueRequests() {
        return requests.overdue();
    }
}
