package org.zhifa.cases.web;

import static org.zhifa.cases.process.ApplicationCaseProcess.MATERIALS_PROVIDED;
import static org.zhifa.cases.process.ApplicationCaseProcess.RECEIVED_AT;
import static org.zhifa.cases.process.CaseVariables.APPLICANT_NAME;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.cases.Applications;
import org.zhifa.shared.CleanText;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/applications")
@Tag(name = "行政许可申请", description = "网上办事大厅或窗口提交申请（RM10.1）")
class ApplicationController {

    private final Applications applications;

    ApplicationController(Applications applications) {
        this.applications = applications;
    }

    /** The applicant as the service hall sends it. */
    /** The applicant; each field bounded by where the case keeps it. */
    record Applicant(
            @Size(max = 16, message = "申请人类型不能超过 {max} 个字符") @CleanText String type,
            @Size(max = 255, message = "申请人姓名或名称不能超过 {max} 个字符") @CleanText String name,
            @Size(max = 64, message = "身份证件号码不能超过 {max} 个字符") @CleanText String idNumber,
            @Size(max = 255, message = "法定代表人不能超过 {max} 个字符") @CleanText String legalRepresentative,
            @Size(max = 64, message = "联系电话不能超过 {max} 个字符") @CleanText String phone,
            @Size(max = 512, message = "地址不能超过 {max} 个字符") @CleanText String address) {
    }

    /** An application as the window clerk registers it. */
    record ApplicationRequest(
            @Size(max = 64, message = "事项编码不能超过 {max} 个字符") @CleanText String serviceItemCode,
            @Valid Applicant applicant,
            @Size(max = 50, message = "材料最多 {max} 项")
            List<@Size(max = 64, message = "材料编码不能超过 {max} 个字符") @CleanText String> materials,
            @Size(max = 40, message = "收到申请日期不能超过 {max} 个字符") String receivedAt) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('window-clerk')")
    @Operation(summary = "提交申请：返回申请编号、查询码和一次性告知的缺少材料")
    Applications.Receipt submit(@Valid @RequestBody ApplicationRequest request) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("serviceItemCode", request.serviceItemCode());
        Applicant applicant = request.applicant() == null ? new Applicant(null, null, null, null, null, null)
                : request.applicant();
        values.put("applicantType", applicant.type());
        values.put(APPLICANT_NAME, applicant.name());
        values.put("applicantIdNumber", applicant.idNumber());
        values.put("legalRepresentative", applicant.legalRepresentative());
        values.put("applicantPhone", applicant.phone());
        values.put("applicantAddress", applicant.address());
        values.put(MATERIALS_PROVIDED, new ArrayList<>(request.materials() == null ? List.of() : request.materials()));
        values.put(RECEIVED_AT, request.receivedAt());
        values.values().removeIf(java.util.Objects::isNull);
        return applications.submit(values);
    }
}
