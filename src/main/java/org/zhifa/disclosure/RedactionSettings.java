package org.zhifa.disclosure;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pattern rules of redaction (PM10), in {@code config/application.yaml} under
 * {@code zhifa.disclosure.redaction}, so administrators can add what their documents need.
 *
 * @param mask     what replaces a hidden span; {@code {label}} is the rule's label (names become surname + 某)
 * @param patterns the rules, tried in order
 */
@ConfigurationProperties("zhifa.disclosure.redaction")
public record RedactionSettings(@DefaultValue("〔{label}已隐去〕") String mask, List<Rule> patterns) {

    /**
     * @param name  identifier of the rule, shown with each mark
     * @param label what is hidden, in Chinese (身份证号码, 联系电话, …)
     * @param regex a Java regular expression; group 1, if present, is the part hidden
     * @param check none, id-number (GB 11643 check digit), old-id-number (15 digits with a real birth date), luhn
     *              (bank cards), or person-name (a Chinese name of 2–4 characters)
     */
    public record Rule(String name, String label, String regex, @DefaultValue("none") String check) {
    }

    public RedactionSettings {
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }
}
