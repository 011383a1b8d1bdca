package org.zhifa.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A piece of evidence linked to a step of a case: a text document, photo, audio or video record (RM12), stored once
 * by its SHA-256 and never changed (RM23).
 *
 * @param step           the BPMN activity or task id of the step it belongs to
 * @param focus          what an AV record shows (RM12 tags)
 * @param declaredType   the type the uploader claimed, or null
 * @param detectedType   the type Tika found in the bytes
 * @param metadataStatus complete, head-only (read from the first bytes only) or unavailable
 * @param returnedAt     for field, water or remote work: the day the officers returned (RM20)
 * @param storageLastDay the last day an AV record may be stored (RM20: 2 working days), null for documents
 * @param storedLate     whether it was stored after that day — visible to supervisors
 * @param derivedFrom    for a redacted or cut copy (RM23): the evidence it was made from; null for an original
 * @param derivation     redacted, cut or transcoded; null for an original
 */
public record EvidenceItem(long id, String businessKey, String step, String kind, List<String> focus, String recordedBy,
        Instant recordedAt, String place, String deviceId, String fileName, String declaredType, String detectedType,
        String sha256, long size, String objectKey, Map<String, String> metadata, String metadataStatus,
        String uploadedBy, Instant uploadedAt, LocalDate returnedAt, LocalDate storageLastDay, boolean storedLate,
        Long derivedFrom, String derivation, String derivationReason) {

    public boolean original() {
        return derivedFrom == null;
    }

    public boolean audioVisual() {
        return "audio".equals(kind) || "video".equals(kind);
    }
}
