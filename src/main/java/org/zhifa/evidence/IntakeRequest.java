package org.zhifa.evidence;

import java.util.List;

/**
 * What an uploader says about a piece of evidence; the bytes come separately as a stream.
 *
 * @param step           the BPMN activity id or task id of the case step it belongs to
 * @param kind           document, photo, audio or video
 * @param focus          RM12 tags: scene, people, items, measures, documents, other
 * @param recordedAt     when it was recorded, ISO-8601 date or date-time
 * @param declaredSha256 the SHA-256 the device computed, checked against the bytes; may be null
 * @param returnedAt     for field, water or remote work: the date the officers returned to the agency (RM20)
 */
public record IntakeRequest(String businessKey, String step, String kind, List<String> focus, String recordedBy,
        String recordedAt, String place, String deviceId, String fileName, String declaredType,
        String declaredSha256, String returnedAt) {
}
