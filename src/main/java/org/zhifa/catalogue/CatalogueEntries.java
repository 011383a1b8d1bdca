package org.zhifa.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.zhifa.shared.InvalidInput;

/**
 * The rules an entry of a maintained section obeys, in one place for the API and the Tasklist start form: the key's
 * form, the section's fields in its order, each a bounded text, the required ones given. Every refusal names the
 * field ({@code content.<name>（label）}) and the reason.
 */
final class CatalogueEntries {

    static final int MAX_FIELD = 4000;
    static final int MAX_TITLE = 255;
    static final int MAX_NOTE = 1024;
    private static final String KEY = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private CatalogueEntries() {
    }

    static boolean validKey(String key) {
        return key != null && key.matches(KEY);
    }

    static void requireKey(String key) {
        if (!validKey(key)) {
            throw new InvalidInput("事项编码 " + key + " 应为 1–64 个字母、数字、点、下划线或连字符");
        }
    }

    /** The chain a change's steps are recorded in: {@code CAT-agency-section-key}. */
    static String businessKey(String agency, String section, String key) {
        return "CAT-" + agency + "-" + section + "-" + key;
    }

    /** The entry's fields in the section's order, each a text within bounds; names the first field that is wrong. */
    static Map<String, String> fields(CatalogueSettings.Section section, Map<String, ?> content) {
        Map<String, ?> given = content == null ? Map.of() : content;
        List<String> known = section.fields().stream().map(CatalogueSettings.Field::name).toList();
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidInput("content." + name + " 不是栏目“" + section.name() + "”的字段；可填：" + section
                        .fields().stream().map(f -> f.name() + "（" + f.label() + "）").collect(Collectors.joining("、")));
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (CatalogueSettings.Field field : section.fields()) {
            Object value = given.get(field.name());
            String where = "content." + field.name() + "（" + field.label() + "）";
            if (value != null && !(value instanceof String)) {
                throw new InvalidInput(where + " 应为文字");
            }
            String text = value == null ? "" : ((String) value).strip();
            if (text.isEmpty() && field.required()) {
                throw new InvalidInput(where + " 不能为空");
            }
            if (text.length() > MAX_FIELD) {
                throw new InvalidInput(where + " 不能超过 " + MAX_FIELD + " 个字符");
            }
            if (!text.isEmpty()) {
                fields.put(field.name(), text);
            }
        }
        return fields;
    }

    /** The start form's lines, 字段名称：内容 (or the field's name), as the section's fields; names what is wrong. */
    static Map<String, String> fromLines(CatalogueSettings.Section section, String text) {
        Map<String, Object> given = new LinkedHashMap<>();
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[:：]", 2);
            String label = parts[0].strip();
            Optional<CatalogueSettings.Field> field = section.fields().stream()
                    .filter(f -> f.label().equals(label) || f.name().equals(label)).findFirst();
            if (parts.length < 2 || field.isEmpty()) {
                throw new InvalidInput("“" + line.strip() + "”不是“字段名称：内容”；栏目“" + section.name() + "”的字段："
                        + section.fields().stream().map(CatalogueSettings.Field::label)
                                .collect(Collectors.joining("、")));
            }
            given.put(field.get().name(), parts[1].strip());
        }
        return fields(section, given);
    }

    /** The entry as reviewers read it: one 标签：内容 line per field given. */
    static String readable(CatalogueSettings.Section section, Map<String, String> content) {
        return section.fields().stream().filter(f -> content.containsKey(f.name()))
                .map(f -> f.label() + "：" + content.get(f.name())).collect(Collectors.joining("\n"));
    }
}
