package org.zhifa.cases.process;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The names of materials, as the service guide gives them, for notices and forms. */
final class ApplicationMaterials {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApplicationMaterials() {
    }

    /** The material codes of the case's service item. */
    @SuppressWarnings("unchecked")
    static java.util.Set<String> codes(Object names) {
        try {
            return ((Map<String, String>) JSON.readValue(String.valueOf(names), Map.class)).keySet();
        } catch (JsonProcessingException e) {
            return java.util.Set.of();
        }
    }

    /** Form choices ({@code [{"label", "value"}]}, as JSON for form-js) for the codes, named by the guide. */
    @SuppressWarnings("unchecked")
    static org.camunda.bpm.engine.variable.value.TypedValue options(Object names, List<String> codes) {
        Map<String, String> byCode;
        try {
            byCode = names instanceof Map<?, ?> map ? (Map<String, String>) map
                    : JSON.readValue(String.valueOf(names), Map.class);
        } catch (JsonProcessingException e) {
            byCode = Map.of();
        }
        List<Map<String, String>> options = new java.util.ArrayList<>();
        for (String code : codes) {
            options.add(Map.of("label", java.util.Objects.requireNonNullElse(byCode.get(code), code), "value", code));
        }
        return org.camunda.spin.plugin.variable.SpinValues.jsonValue(JSON.valueToTree(options).toString()).create();
    }

    /** "1. 食品经营许可申请书；2. …" from the codes and the guide's names (kept as a JSON map in the case). */
    @SuppressWarnings("unchecked")
    static String describe(Object names, List<String> codes) {
        if (codes.isEmpty()) {
            return "无";
        }
        Map<String, String> byCode;
        try {
            byCode = names instanceof Map<?, ?> map ? (Map<String, String>) map
                    : JSON.readValue(String.valueOf(names), Map.class);
        } catch (JsonProcessingException e) {
            byCode = Map.of();
        }
        StringBuilder text = new StringBuilder();
        int i = 1;
        for (String code : codes) {
            text.append(i++).append(". ").append(byCode.getOrDefault(code, code)).append("；");
        }
        return text.toString();
    }
}
