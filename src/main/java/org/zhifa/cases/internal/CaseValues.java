package org.zhifa.cases.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Case variables already checked by the step rules, read back as plain Java values. */
public final class CaseValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseValues() {
    }

    /** A checklist's values, whether stored as a Json variable, a list or JSON text. */
    public static List<String> list(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> values.add(String.valueOf(item)));
        } else if (value != null) {
            String text = value.toString().strip();
            if (text.startsWith("[")) {
                try {
                    JSON.readTree(text).forEach(item -> values.add(item.asText()));
                    return values;
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("checklist value is not JSON: " + value, e);
                }
            }
            // as the case's record keeps a checklist: its values separated by commas
            for (String item : text.split(",")) {
                if (!item.isBlank()) {
                    values.add(item.strip());
                }
            }
        }
        return values;
    }

    public static BigDecimal money(Object value) {
        return value == null || value.toString().isBlank() ? null : new BigDecimal(value.toString().strip());
    }

    /** A value as text, or null when absent. */
    public static String text(java.util.function.Function<String, Object> values, String name) {
        Object value = values.apply(name);
        return value == null ? null : value.toString();
    }
}
