package org.zhifa.engine;

import java.util.Locale;
import java.util.Set;

import org.zhifa.engine.FormSchema.Field;

/**
 * The kinds of value (the engine's value types: string, boolean, long, json…) a form field takes, for every way a
 * value arrives: a step's submission and a variable written between steps. Text only as a string, a number as a
 * number or its text, a list as JSON: a JSON or XML value where the form has text would pass as its serialized text
 * and break every later read of the case.
 */
public final class FormValueKinds {

    private static final Set<String> TEXT = Set.of("string", "null");
    private static final Set<String> NUMBER = Set.of("integer", "long", "short", "double", "string", "null");
    private static final Set<String> BOOLEAN = Set.of("boolean", "null");
    private static final Set<String> DATE = Set.of("date", "string", "null");
    private static final Set<String> LIST = Set.of("json", "string", "null");
    private static final Set<String> PLAIN = Set.of("string", "boolean", "integer", "long", "short", "double", "date",
            "null");

    private FormValueKinds() {
    }

    /** Whether any form field takes values of this kind. */
    public static boolean known(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        return PLAIN.contains(k) || LIST.contains(k);
    }

    /** The problem with a value of this kind for the field, or null. */
    public static String problem(Field field, String kind) {
        String type = field.type() == null ? "" : field.type();
        Set<String> kinds = switch (type) {
            case "textfield", "textarea", "radio", "select" -> TEXT;
            case "number" -> NUMBER;
            case "checkbox" -> BOOLEAN;
            case "datetime" -> DATE;
            case "checklist", "taglist" -> LIST;
            default -> PLAIN;
        };
        return kinds.contains(kind.toLowerCase(Locale.ROOT)) ? null : "不能以 " + kind + " 类型提交（应为"
                + switch (type) {
                    case "number" -> "数字";
                    case "checkbox" -> "“是”或“否”";
                    case "datetime" -> "日期";
                    case "checklist", "taglist" -> "选项列表";
                    default -> "文字";
                } + "）";
    }
}
