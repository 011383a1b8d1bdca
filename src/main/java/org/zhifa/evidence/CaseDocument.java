package org.zhifa.evidence;

import java.time.Instant;

/**
 * A document the server generated for a case (notice, decision…), stored once by its SHA-256 and never changed.
 *
 * @param objectKey the object's key in the evidence bucket
 */
public record CaseDocument(String businessKey, String sha256, String title, String fileName, String mediaType,
        long size, String objectKey, Instant createdAt, String createdBy) {
}
