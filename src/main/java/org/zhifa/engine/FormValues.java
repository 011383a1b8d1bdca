package org.zhifa.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.zhifa.engine.FormSchema.Field;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.shared.CleanText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks what a client submits with a step against the step's form, as the server's first rule for every client
 * (Tasklist, REST, Java): only the form's input fields, each of the type the form gives it and within its bounds; a
 * read-only field only with the value it shows. Every problem is named, in Chinese, by field.
 */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValues() {
    }

    /**
     * @param submitted the submitted variables (plain Java values or typed values)
     * @param current   the value a variable has now, for read-only fields
     * @return every problem; empty if the submission fits the form
     */
    public static List<FieldError> check(FormSchema form, Map<String, ?> submitted, Function<String, Object> current) {
        List<FieldError> errors = new ArrayList<>();
        if (submitted == null) {
            submitted = Map.of();
        }
        submitted.forEach((name, raw) -> {
            Field field = form.fields().get(name);
            if (field == null || !field.input()) {
                errors.add(new FieldError(name, field == null ? name : field.label(), field == null
                        ? "本步骤的表单没有这一项，不能提交" : "由系统填写，只能查看，不能提交"));
                return;
            }
            if (raw instanceof TypedValue typed && (typed.isTransient() || typed instanceof ObjectValue)) {
                errors.add(new FieldError(name, field.label(), typed.isTransient()
                        ? "不能以临时（transient）变量提交：步骤提交的内容都记入全过程记录"
                        : "不能以 Java 对象提交"));
                return;
            }
            String kind = raw instanceof TypedValue typed && typed.getType() != null ? typed.getType().getName() : null;
            String wrongKind = kind == null ? null : FormValueKinds.problem(field, kind);
            if (wrongKind != null) {
                errors.add(new FieldError(name, field.label(), wrongKind));
                return;
            }
            Object value = plain(raw);
            if (field.readonly()) {
                if (!same(value, plain(current.apply(name)))) {
                    errors.add(new FieldError(name, field.label(), "只读，不能修改"));
                }
                return;
            }
            // a value sent back as the case holds it (a draft the server wrote, an earlier answer) changes nothing
            String problem = same(value, plain(current.apply(name))) ? null : problem(field, value);
            if (problem == null && value != null && field.valuesKey() != null
                    && !same(value, plain(current.apply(name)))) {
                problem = notOffered(field, value, current.apply(field.valuesKey()));
            }
            if (problem != null) {
                errors.add(new FieldError(name, field.label(), problem));
            }
        });
        for (Field field : form.fields().values()) {
            // a field the client leaves out keeps the value the case has (a draft the server wrote, say)
            Object value = submitted.containsKey(field.key()) ? plain(submitted.get(field.key()))
                    : plain(current.apply(field.key()));
            if (field.required() && field.writable() && empty(value)) {
                errors.add(new FieldError(field.key(), field.label(), "必须填写"));
            }
        }
        return errors;
    }

    /**
     * The problem with one value for a field, or null: its type, bounds, choices and clean text, as a step checks it
     * (a typed value is read as its value).
     */
    public static String problem(Field field, Object value) {
        value = plain(value);
        if (value == null) {
            return null;
        }
        return switch (field.type() == null ? "" : field.type()) {
            case "textfield", "textarea", "radio", "select" -> text(field, value);
            case "datetime" -> FormDates.problem(field, value);
            case "number" -> number(field, value);
            case "checkbox" -> value instanceof Boolean ? null : "应为“是”或“否”";
            case "checklist", "taglist" -> list(field, value);
            default -> String.valueOf(value).length() > FormSchema.MAX_TEXT ? "内容过长（最多 " + FormSchema.MAX_TEXT + " 个字符）" : null;
        };
    }

    /**
     * The problem with a value of a field whose choices the server put into the task ({@code valuesKey}, a JSON list
     * of {@code {"label", "value"}}): anything the form did not offer is refused; null if it did, or if the step has
     * no such choices (a variable write outside a step is checked as text).
     */
    private static String notOffered(Field field, Object value, Object options) {
        if (options == null) {
            return null;
        }
        Set<String> offered = new java.util.HashSet<>();
        try {
            JsonNode node = JSON.readTree(options.toString());
            if (node == null || !node.isArray()) {
                return null;
            }
            node.forEach(option -> offered.add(option.isValueNode() ? option.asText() : option.path("value").asText()));
        } catch (JsonProcessingException e) {
            return null;
        }
        List<String> items = "checklist".equals(field.type()) || "taglist".equals(field.type()) ? items(value)
                : List.of(String.valueOf(value));
        for (String item : items == null ? List.<String>of() : items) {
            if (!offered.contains(item)) {
                return "“" + shorten(item) + "”不是本步骤可选的值";
            }
        }
        return null;
    }

    /** The longest text a number may be sent as (digits, sign, point, exponent). */
    static final int MAX_NUMBER_TEXT = 40;

    private static String text(Field field, Object value) {
        if (!(value instanceof CharSequence)) {
            return "应为文字";
        }
        String text = value.toString();
        int max = FormSchema.maxLength(field);
        if (text.length() > max) {
            return "最多 " + max + " 个字符，提交了 " + text.length() + " 个";
        }
        if (text.isEmpty()) {
            return null;
        }
        if (!CleanText.Check.clean(text, "textarea".equals(field.type()))) {
            return "textarea".equals(field.type()) ? "含有控制字符或文字方向控制字符（只允许换行和制表符）"
                    : "含有换行、控制字符或文字方向控制字符";
        }
        if (field.minLength() != null && text.length() < field.minLength()) {
            return "至少 " + field.minLength() + " 个字符";
        }
        if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
            return "格式不符合要求";
        }
        if (field.values() != null && !field.values().contains(text)) {
            return "“" + shorten(text) + "”不是可选的值";
        }
        return null;
    }

    private static String number(Field field, Object value) {
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            return "不是有效的数字";
        }
        if (value instanceof CharSequence text && text.length() > MAX_NUMBER_TEXT) {
            return "不是有效的数字（最多 " + MAX_NUMBER_TEXT + " 个字符）";
        }
        BigDecimal number;
        try {
            number = value instanceof Number n ? new BigDecimal(n.toString())
                    : value instanceof CharSequence text && !text.toString().isBlank()
                            ? new BigDecimal(text.toString().strip()) : null;
        } catch (NumberFormatException e) {
            return "“" + shorten(value.toString()) + "”不是数字";
        }
        if (number == null) {
            return value instanceof CharSequence ? null : "应为数字";
        }
        if (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0) {
            return "不能小于 " + plainNumber(field.min());
        }
        if (field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
            return "不能大于 " + plainNumber(field.max());
        }
        if (number.abs().compareTo(new BigDecimal("1e15")) >= 0) {
            return "数值过大";
        }
        if (field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits()) {
            return "最多 " + field.decimalDigits() + " 位小数";
        }
        return null;
    }

    private static String list(Field field, Object value) {
        List<String> items = items(value);
        if (items == null) {
            return "应为选项列表";
        }
        if (items.size() > 100) {
            return "选项过多";
        }
        for (String item : items) {
            if (field.values() != null ? !field.values().contains(item)
                    : item.length() > FormSchema.MAX_LINE || !CleanText.Check.clean(item, false)) {
                return "“" + shorten(item) + "”不是可选的值";
            }
        }
        return null;
    }

    /** A list as Tasklist (JSON text), the Java API (a collection) or Spin (a JSON node) sends it; null if none. */
    static List<String> items(Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> items.add(String.valueOf(item)));
            return items;
        }
        try {
            JsonNode node = JSON.readTree(value.toString());
            if (node == null || !node.isArray()) {
                return null;
            }
            for (JsonNode item : node) {
                if (!item.isValueNode()) {
                    return null;
                }
                items.add(item.asText());
            }
            return items;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A typed value's value (a serialized object stays its serialized text). */
    static Object plain(Object raw) {
        if (raw instanceof TypedValue typed) {
            if (typed instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable
                    && !serializable.isDeserialized()) {
                return serializable.getValueSerialized();
            }
            return typed.getValue();
        }
        return raw;
    }

    private static boolean empty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof CharSequence text) {
            return text.toString().isBlank();
        }
        List<String> items = value instanceof Collection<?> || value.toString().startsWith("[") ? items(value) : null;
        return items != null && items.isEmpty();
    }

    /**
     * Whether a submitted value is the one the case holds: exactly that value, or nothing where it has nothing (a
     * blank or control character is a value like any other, and is checked).
     */
    private static boolean same(Object submitted, Object current) {
        if (submitted == null || submitted instanceof CharSequence text && text.isEmpty()) {
            return current == null || current instanceof CharSequence text && text.isEmpty();
        }
        if (current == null) {
            return false;
        }
        if (submitted instanceof Number a && current instanceof Number b) {
            try {
                return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return Objects.equals(String.valueOf(submitted), String.valueOf(current));
    }

    private static String plainNumber(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
