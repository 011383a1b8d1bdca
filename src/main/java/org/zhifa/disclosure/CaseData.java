package org.zhifa.disclosure;

import java.util.List;

/**
 * What the case itself says is personal data, and what stays visible (PM10): the names of natural persons (the
 * party if a person, witnesses, agents) and their addresses, ID numbers, phones, accounts, certificates and assets
 * are hidden; the legal representative's name and organisations' names are kept.
 *
 * @param personNames names of natural persons, shown as surname + 某
 * @param hidden      other values to hide, each with what it is
 * @param kept        values never hidden, even where a rule would match them
 */
public record CaseData(List<String> personNames, List<Hidden> hidden, List<String> kept) {

    /** A value to hide and what it is (住址, 身份证号码, …). */
    public record Hidden(String label, String value) {
    }

    public CaseData {
        personNames = clean(personNames);
        hidden = hidden == null ? List.of()
                : hidden.stream().filter(h -> h != null && h.value() != null && h.value().strip().length() >= 2)
                        .map(h -> new Hidden(h.label(), h.value().strip())).distinct().toList();
        kept = clean(kept);
    }

    public static CaseData none() {
        return new CaseData(List.of(), List.of(), List.of());
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && v.strip().length() >= 2).map(String::strip).distinct()
                        .toList();
    }
}
