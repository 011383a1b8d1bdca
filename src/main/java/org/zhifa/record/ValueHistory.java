package org.zhifa.record;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/** What the record last knew of a variable of a process instance: the value a step recorded, or a change's hash. */
final class ValueHistory {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private ValueHistory() {
    }

    @SuppressWarnings("unchecked")
    static String lastHash(List<RecordEntry> entries, String processInstanceId, String name) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            RecordEntry entry = entries.get(i);
            if (!entry.getProcessInstanceId().equals(processInstanceId)) {
                continue;
            }
            Map<String, Object> values = read(entry.getFormValues());
            if (values.containsKey(name)) {
                return CaseRecord.valueHash(values.get(name));
            }
            Object changes = read(entry.getDetail()).get(CaseRecord.CHANGES);
            if (changes instanceof List<?> list) {
                for (Object change : list) {
                    Map<String, Object> c = (Map<String, Object>) change;
                    if (name.equals(c.get("name"))) {
                        return (String) c.get(CaseRecord.NEW_VALUE);
                    }
                }
            }
        }
        return null;
    }

    private static Map<String, Object> read(String json) {
        try {
            Map<String, Object> map = CanonicalForm.JSON.readValue(json, MAP);
            return map == null ? Map.of() : map;
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
