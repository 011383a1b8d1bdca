package org.zhifa.supervision.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.evidence.AccessLog;
import org.zhifa.evidence.EvidenceItem;
import org.zhifa.evidence.EvidenceReconciliation;
import org.zhifa.evidence.EvidenceReleases;
import org.zhifa.evidence.EvidenceVerification;
import org.zhifa.evidence.StorageDeadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * For supervisors (RM20, RM22, RM24): late storage, the access log and its chain, re-hashing, reconciliation, and
 * (heads too) every release of evidence.
 */
@RestController
@Tag(name = "证据和音像记录")
class EvidenceOversightController {

    private static final String OVERSIGHT = "hasAnyAuthority('supervisor', 'camunda-admin')";

    private final AccessLog accessLog;
    private final EvidenceReconciliation reconciliation;
    private final StorageDeadlines storageDeadlines;
    private final EvidenceVerification verification;
    private final EvidenceReleases releases;

    EvidenceOversightController(AccessLog accessLog, EvidenceReconciliation reconciliation,
            StorageDeadlines storageDeadlines, EvidenceVerification verification, EvidenceReleases releases) {
        this.releases = releases;
        this.accessLog = accessLog;
        this.reconciliation = reconciliation;
        this.storageDeadlines = storageDeadlines;
        this.verification = verification;
    }

    @GetMapping("/api/evidence/stored-late")
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "逾期存储的音像记录（RM20：两个工作日内存储）")
    List<EvidenceItem> storedLate() {
        return storageDeadlines.storedLate();
    }

    @GetMapping("/api/evidence/access-log")
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "证据访问日志（最近的在前）")
    List<AccessLog.Entry> accessLog(@RequestParam(defaultValue = "100") @Min(value = 1, message = "limit 至少为 {value}")
            @Max(value = 1000, message = "limit 最多为 {value}") int limit) {
        return accessLog.latest(limit);
    }

    @GetMapping("/api/evidence/access-log/verify")
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "重新计算访问日志的哈希链")
    AccessLog.Check verifyAccessLog() {
        return accessLog.verify();
    }

    @GetMapping("/api/evidence/verification")
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "重新读取全部原件并校验 SHA-256（RM24，每周自动运行）")
    EvidenceVerification.Report verifyOriginals() {
        return verification.run();
    }

    @GetMapping("/api/evidence/releases")
    @PreAuthorize("hasAnyAuthority('supervisor', 'leader', 'camunda-admin')")
    @Operation(summary = "全部对外提供申请（最新在前），供监督（RM24.5）")
    List<EvidenceReleases.Release> releases(@RequestParam(defaultValue = "100") @Min(value = 1, message = "limit 至少为 {value}")
            @Max(value = 1000, message = "limit 最多为 {value}") int limit) {
        return releases.latest(limit);
    }

    @GetMapping("/api/evidence/reconciliation")
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "核对对象存储与证据记录（只报告，不删除）")
    EvidenceReconciliation.Report reconcile() {
        return reconciliation.run();
    }
}
