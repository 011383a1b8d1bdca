package org.zhifa.evidence.web;

import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.evidence.EvidenceReleases;
import org.zhifa.shared.CleanText;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Releasing evidence outside the agency, only after the head's approval (RM23), every release traceable (RM24.5). */
@RestController
@Tag(name = "证据对外提供", description = "未经批准不得对外提供；每一次提供都有记录（RM23、RM24.5）")
class ReleaseController {

    private final EvidenceReleases releases;

    ReleaseController(EvidenceReleases releases) {
        this.releases = releases;
    }

    /** A request to give evidence out; each field bounded by its column in {@code evidence_releases}. */
    record ReleaseForm(
            @Size(max = 512, message = "接收方不能超过 {max} 个字符") @CleanText String recipient,
            @Size(max = 1024, message = "用途不能超过 {max} 个字符") @CleanText(multiline = true) String purpose,
            @Size(max = 1024, message = "依据不能超过 {max} 个字符") @CleanText(multiline = true) String basis) {
    }

    @PostMapping("/api/evidence/{id}/releases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('handler', 'legal-reviewer', 'archivist', 'camunda-admin')")
    @Operation(summary = "申请对外提供证据：写明接收单位、用途和依据，由行政机关负责人审批（RM23）")
    EvidenceReleases.Release request(@PathVariable long id, @Valid @RequestBody(required = false) ReleaseForm form,
            Authentication user) {
        if (form == null) {
            throw new InvalidInput("缺少申请内容：recipient、purpose、basis");
        }
        return releases.request(id, form.recipient(), form.purpose(), form.basis(), user.getName(),
                EvidenceController.groups(user));
    }

    @GetMapping("/api/evidence/releases/{releaseId}")
    @Operation(summary = "对外提供申请及审批结果")
    EvidenceReleases.Release release(@PathVariable long releaseId, Authentication user) {
        EvidenceReleases.Release release = releases.find(releaseId)
                .orElseThrow(() -> new NotFound("对外提供申请 " + releaseId + " 不存在"));
        releases.ofCase(release.businessKey(), user.getName(), EvidenceController.groups(user));
        return release;
    }

    @GetMapping("/api/evidence/releases/{releaseId}/content")
    @Operation(summary = "提取已批准对外提供的证据文件（仅申请人；记入访问日志）")
    ResponseEntity<InputStreamResource> deliver(@PathVariable long releaseId, Authentication user) throws Exception {
        return EvidenceController.attachment(releases.deliver(releaseId, user.getName()));
    }

    @GetMapping("/api/cases/{businessKey}/evidence-releases")
    @Operation(summary = "案件证据的对外提供申请")
    List<EvidenceReleases.Release> ofCase(@PathVariable String businessKey, Authentication user) {
        return releases.ofCase(businessKey, user.getName(), EvidenceController.groups(user));
    }
}
