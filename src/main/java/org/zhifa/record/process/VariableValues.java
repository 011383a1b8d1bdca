package org.zhifa.record.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a variable as the engine stores it (serializer name plus typed columns) into a plain value for the record:
 * text, numbers, booleans, ISO dates, JSON trees; files and byte arrays as name, size and SHA-256.
 */
final class VariableValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VariableValues() {
    }

    static Object of(HistoricVariableUpdateEventEntity v) {
        String serializer = v.getSerializerName() == null ? "null" : v.getSerializerName();
        return switch (serializer) {
            case "null" -> null;
            case "boolean" -> v.getLongValue() != null && v.getLongValue() != 0;
            case "integer", "short", "long" -> v.getLongValue();
            case "double" -> v.getDoubleValue();
            case "date" -> v.getLongValue() == null ? null : Instant.ofEpochMilli(v.getLongValue()).toString();
            case "string" -> v.getTextValue();
            case "file" -> file(v);
            case "bytes" -> digest(v.getByteValue());
            default -> structured(v);
        };
    }

    static boolean isFile(HistoricVariableUpdateEventEntity v) {
        return "file".equals(v.getSerializerName());
    }

    static Map<String, Object> file(HistoricVariableUpdateEventEntity v) {
        Map<String, Object> file = digest(v.getByteValue());
        file.put("variable", v.getVariableName());
        file.put("fileName", v.getTextValue());
        // the engine keeps "mimeType#encoding" in its second text column
        String typeAndEncoding = v.getTextValue2() == null ? "" : v.getTextValue2();
        int separator = typeAndEncoding.indexOf('#');
        String mimeType = separator < 0 ? typeAndEncoding : typeAndEncoding.substring(0, separator);
        String encoding = separator < 0 ? "" : typeAndEncoding.substring(separator + 1);
        file.put("mimeType", mimeType.isEmpty() ? null : mimeType);
        if (!encoding.isEmpty()) {
            file.put("encoding", encoding);
        }
        return file;
    }

    /** Json and xml (Spin) values and serialized objects: the JSON itself where it is JSON, else size and hash. */
    private static Object structured(HistoricVariableUpdateEventEntity v) {
        byte[] bytes = v.getByteValue();
        if (bytes == null) {
            return v.getTextValue();
        }
        try {
            return JSON.readValue(bytes, Object.class);
        } catch (IOException notJson) {
            Map<String, Object> opaque = digest(bytes);
            opaque.put("type", v.getTextValue2() == null ? v.getSerializerName() : v.getTextValue2());
            if ("xml".equals(v.getSerializerName())) {
                opaque.put("text", new String(bytes, StandardCharsets.UTF_8));
            }
            return opaque;
        }
    }

    private static Map<String, Object> digest(byte[] bytes) {
        Map<String, Object> summary = new LinkedHashMap<>();
        byte[] content = bytes == null ? new byte[0] : bytes;
        summary.put("size", content.length);
        summary.put("sha256", sha256(content));
        return summary;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
