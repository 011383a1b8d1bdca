package org.zhifa.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The exact bytes an entry's hash covers: a JSON object of every field but the id and the hash, keys sorted, times as
 * ISO-8601 instants to the second. The same mapper writes the JSON stored in the entry's value columns, so a value
 * reads back byte for byte.
 */
final class CanonicalForm {

    static final String GENESIS = "0".repeat(64);

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .findAndAddModules()
            .build();

    private CanonicalForm() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String of(RecordEntry entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("activityId", entry.getActivityId());
        fields.put("activityName", entry.getActivityName());
        fields.put("activityType", entry.getActivityType());
        fields.put("actor", entry.getActor());
        fields.put("businessKey", entry.getBusinessKey());
        fields.put("detail", entry.getDetail());
        fields.put("endedAt", entry.getEndedAt().toString());
        fields.put("evidence", entry.getEvidence());
        fields.put("formValues", entry.getFormValues());
        fields.put("law", entry.getLaw());
        fields.put("processDefinitionId", entry.getProcessDefinitionId());
        fields.put("processDefinitionKey", entry.getProcessDefinitionKey());
        fields.put("processDefinitionVersion", entry.getProcessDefinitionVersion());
        fields.put("processInstanceId", entry.getProcessInstanceId());
        fields.put("recordedAt", entry.getRecordedAt().toString());
        fields.put("seq", entry.getSeq());
        fields.put("startedAt", entry.getStartedAt().toString());
        return json(fields);
    }

    static String hash(String previousHash, RecordEntry entry) {
        return sha256(previousHash + of(entry));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
