package org.zhifa.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a step's form lets its user submit: the keyed fields of a Camunda Form (form-js JSON) or of a generated task
 * form ({@code camunda:formData}), each with its type and the form's own bounds. Fields the form shows disabled are
 * not submitted (form-js leaves them out), so they are not inputs; read-only ones are submitted unchanged.
 *
 * @see FormValues#check(FormSchema, Map, java.util.function.Function)
 */
public final class FormSchema {

    /** Engine text columns hold 4,000 characters: a longer text is refused where it enters. */
    public static final int MAX_TEXT = 4000;
    /**
     * A single-line field without a {@code maxLength} holds at most this many characters: names, addresses, places
     * and numbers that the server copies into its own columns (a party's name, the decision's cause) fit.
     */
    public static final int MAX_LINE = 255;

    /** A form with no fields: a step without a form takes no values. */
    public static final FormSchema NONE = new FormSchema(Map.of(), Map.of());

    /**
     * One field.
     *
     * @param type        form-js type: textfield, textarea, number, checkbox, checklist, taglist, radio, select,
     *                    datetime; or {@code object} for values kept under a group's path
     * @param required    the form requires it, unconditionally (a field shown only under a condition is not checked)
     * @param values      the static choices, or null when the choices are open or come from a variable
     * @param subtype     datetime: date, time or datetime
     */
    public record Field(String key, String type, String label, boolean required, boolean disabled, boolean readonly,
            Set<String> values, String valuesKey, Integer minLength, Integer maxLength, Double min, Double max,
            Pattern pattern, String subtype, Integer decimalDigits) {

        /** Whether the user submits it (a disabled field only shows a value). */
        public boolean input() {
            return !disabled;
        }

        /** Whether the user may change it. */
        public boolean writable() {
            return !disabled && !readonly;
        }

        public String label() {
            return label == null || label.isBlank() ? key : label;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Field> fields;
    /** The labels of each field's static choices, by value. */
    private final Map<String, Map<String, String>> choiceLabels;

    private FormSchema(Map<String, Field> fields, Map<String, Map<String, String>> choiceLabels) {
        this.fields = Collections.unmodifiableMap(fields);
        this.choiceLabels = Collections.unmodifiableMap(choiceLabels);
    }

    public static FormSchema of(List<Field> fields) {
        return new FormSchema(byKey(fields), Map.of());
    }

    private static Map<String, Field> byKey(List<Field> fields) {
        Map<String, Field> byKey = new LinkedHashMap<>();
        fields.forEach(field -> byKey.putIfAbsent(field.key(), field));
        return byKey;
    }

    /**
     * Reads a form-js form.
     *
     * @throws IllegalArgumentException if the text is not a form-js form
     */
    public static FormSchema parse(String formJson) {
        JsonNode form;
        try {
            form = JSON.readTree(formJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("不是 Camunda 表单（JSON 无法读取）：" + e.getOriginalMessage(), e);
        }
        if (form == null || !form.path("components").isArray()) {
            throw new IllegalArgumentException("不是 Camunda 表单（缺少 components）");
        }
        List<Field> fields = new ArrayList<>();
        Map<String, Map<String, String>> choiceLabels = new LinkedHashMap<>();
        collect(form.path("components"), false, fields, choiceLabels);
        return new FormSchema(byKey(fields), choiceLabels);
    }

    private static void collect(JsonNode components, boolean conditional, List<Field> fields,
            Map<String, Map<String, String>> choiceLabels) {
        for (JsonNode component : components) {
            boolean hidden = conditional || component.hasNonNull("conditional");
            String path = text(component, "path");
            if (component.path("components").isArray()) {
                if (path != null) {
                    // values of a group with a path are submitted as one object under the path's first segment
                    fields.add(new Field(path.split("\\.")[0], "object", text(component, "label"), false, false, false,
                            null, null, null, null, null, null, null, null, null));
                } else {
                    collect(component.path("components"), hidden, fields, choiceLabels);
                }
                continue;
            }
            String key = text(component, "key");
            if (key == null) {
                continue;
            }
            JsonNode validate = component.path("validate");
            if (component.path("values").isArray()) {
                Map<String, String> labels = new LinkedHashMap<>();
                component.path("values").forEach(value -> labels.putIfAbsent(value.path("value").asText(),
                        value.path("label").asText(value.path("value").asText())));
                choiceLabels.putIfAbsent(key.split("\\.")[0], Collections.unmodifiableMap(labels));
            }
            // a date-time field's label is its date's (or time's) label
            String label = text(component, "label") != null ? text(component, "label")
                    : text(component, "dateLabel") != null ? text(component, "dateLabel") : text(component, "timeLabel");
            fields.add(new Field(key.split("\\.")[0], text(component, "type"), label,
                    !hidden && validate.path("required").asBoolean(false), component.path("disabled").asBoolean(false),
                    component.path("readonly").asBoolean(false), choices(component.path("values")),
                    text(component, "valuesKey"), integer(validate, "minLength"), integer(validate, "maxLength"),
                    number(validate, "min"), number(validate, "max"), pattern(text(validate, "pattern")),
                    subtype(component), integer(component, "decimalDigits")));
        }
    }

    private static Set<String> choices(JsonNode values) {
        if (!values.isArray()) {
            return null;
        }
        Set<String> choices = new LinkedHashSet<>();
        values.forEach(value -> choices.add(value.path("value").asText()));
        return Collections.unmodifiableSet(choices);
    }

    private static String subtype(JsonNode component) {
        return "datetime".equals(text(component, "type")) ? component.path("subtype").asText("date") : null;
    }

    private static Pattern pattern(String regex) {
        if (regex == null) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("表单的校验规则 pattern “" + regex + "” 不是有效的正则表达式", e);
        }
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.canConvertToInt() ? null : value.asInt();
    }

    private static Double number(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }

    /**
     * The most characters a field takes: its form's {@code maxLength} (never more than an engine text column holds),
     * or without one {@value #MAX_LINE} for a single line and {@value #MAX_TEXT} for a text area.
     */
    public static int maxLength(Field field) {
        if (field.maxLength() != null) {
            return Math.min(field.maxLength(), MAX_TEXT);
        }
        return "textarea".equals(field.type()) || "object".equals(field.type()) ? MAX_TEXT : MAX_LINE;
    }

    /** Every field by key, inputs and displays. */
    public Map<String, Field> fields() {
        return fields;
    }

    /** What the form shows for this value of the field (a static choice's label); the value itself otherwise. */
    public String shown(String key, String value) {
        return choiceLabels.getOrDefault(key, Map.of()).getOrDefault(value, value);
    }

    /** The names a user submits with this form. */
    public Set<String> inputs() {
        Set<String> names = new LinkedHashSet<>();
        fields.values().stream().filter(Field::input).forEach(field -> names.add(field.key()));
        return names;
    }

    /** The names a user may change with this form: inputs that are not read-only. */
    public Set<String> writable() {
        Set<String> names = new LinkedHashSet<>();
        fields.values().stream().filter(Field::writable).forEach(field -> names.add(field.key()));
        return names;
    }
}
