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

    /** The required materials not among those provided, in the guide's order. */
    static List<String> missing(List<String> required, List<String> provided) {
        return new java.util.ArrayList<>(required.stream().filter(code -> !provided.contains(code)).toList());
    }

    /** Every material of the applied item, by the guide's order, as the case keeps their names. */
    static List<String> codes(Object names) {
        return new java.util.ArrayList<>(byCode(names).keySet());
    }

    /** A list of codes as a Json value, which form-js reads as a checklist's value. */
    static org.camunda.bpm.engine.variable.value.TypedValue list(List<String> codes) {
        return org.camunda.spin.plugin.variable.SpinValues.jsonValue(JSON.valueToTree(codes).toString()).create();
    }

    /** Form choices ({@code [{"label", "value"}]}, as JSON for form-js) for the codes, named by the guide. */
    static org.camunda.bpm.engine.variable.value.TypedValue options(Object names, List<String> codes) {
        Map<String, String> byCode = byCode(names);
        List<Map<String, String>> options = new java.util.ArrayList<>();
        for (String code : codes) {
            options.add(Map.of("label", java.util.Objects.requireNonNullElse(byCode.get(code), code), "value", code));
        }
        return org.camunda.spin.plugin.variable.SpinValues.jsonValue(JSON.valueToTree(options).toString()).create();
    }

    /** "1. 食品经营许可申请书；2. …" from the codes and the guide's names (kept as a JSON map in the case). */
    static String describe(Object names, List<String> codes) {
        if (codes.isEmpty()) {
            return "无";
        }
        Map<String, String> byCode = byCode(names);
        StringBuilder text = new StringBuilder();
        int i = 1;
        for (String code : codes) {
            text.append(i++).append(". ").append(byCode.getOrDefault(code, code)).append("；");
        }
        return text.toString();
    }

    /** The materials' names, as the guide gives them, in the order of the codes. */
    static List<String> named(Object names, List<String> codes) {
        Map<String, String> byCode = byCode(names);
        return codes.stream().map(code -> byCode.getOrDefault(code, code)).toList();
    }

    /** The guide's names by material code, as the case keeps them (a JSON map); none if unreadable. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> byCode(Object names) {
        if (names instanceof Map<?, ?> map) {
            return (Map<String, String>) map;
        }
        try {
            Map<String, String> read = JSON.readValue(String.valueOf(names), java.util.LinkedHashMap.class);
            return read == null ? Map.of() : read;
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
