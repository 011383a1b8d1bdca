package org.zhifa.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The pre-enforcement catalogue (PM7) as {@code config/application.yaml} describes it under
 * {@code zhifa.disclosure.catalogue}: the sections disclosure officers maintain, with their fields, and the deployed
 * models whose flow charts are published (PM7.4). Administrators add sections or fields without code changes.
 *
 * @param sections   maintained sections, in the order the portal shows them
 * @param procedures keys of the process models published as flow charts, in order
 */
@ConfigurationProperties("zhifa.disclosure.catalogue")
public record CatalogueSettings(List<Section> sections, List<String> procedures) {

    /** Section codes the catalogue fills from the directory itself; no maintained section may take them. */
    static final Set<String> DERIVED = Set.of("agency", "officers", "service-guides", "procedures");

    /**
     * @param code   identifier in URLs and the API (powers, random-inspection, remedies…)
     * @param name   the heading on the portal
     * @param law    the requirement it serves (PM7.3…)
     * @param fields what each entry holds, in order
     */
    public record Section(String code, String name, String law, List<Field> fields) {

        public Section {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /** One field of a section's entries: its name in the API, its label on the portal, whether it must be given. */
    public record Field(String name, String label, boolean required) {
    }

    public CatalogueSettings {
        sections = sections == null ? List.of() : List.copyOf(sections);
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        Set<String> codes = new HashSet<>();
        for (Section section : sections) {
            String where = "zhifa.disclosure.catalogue.sections 中的栏目 " + section.code();
            if (section.code() == null || !section.code().matches("[a-z][a-z0-9-]{0,63}")) {
                throw new IllegalArgumentException(where + "：code 应为小写字母、数字和连字符");
            }
            if (DERIVED.contains(section.code()) || !codes.add(section.code())) {
                throw new IllegalArgumentException(where + "：code 重复或与系统栏目 " + DERIVED + " 相同");
            }
            if (section.name() == null || section.name().isBlank() || section.fields().isEmpty()) {
                throw new IllegalArgumentException(where + "：缺少 name 或 fields");
            }
            Set<String> names = new HashSet<>();
            for (Field field : section.fields()) {
                if (field.name() == null || !field.name().matches("[A-Za-z][A-Za-z0-9]{0,63}") || field.label() == null
                        || !names.add(field.name())) {
                    throw new IllegalArgumentException(where + "：字段 " + field.name() + " 的 name 不合规、重复或缺少 label");
                }
            }
        }
    }

    /** The maintained section with that code, if any. */
    public java.util.Optional<Section> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
