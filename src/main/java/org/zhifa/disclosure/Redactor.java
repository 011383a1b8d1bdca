package org.zhifa.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.stereotype.Component;

/**
 * Hides what PM10 says a published decision must not show: the case's own personal data (exact values), and what the
 * configured rules find — ID numbers with a valid check digit, phone numbers, bank cards passing the Luhn check,
 * property certificates, addresses and names after the words that introduce them. A name found once is hidden
 * everywhere in the text. Kept values (the legal representative, organisations) are never hidden by a rule.
 */
@Component
public class Redactor {

    static final String CASE_DATA = "case-data";
    private static final String NAME = "姓名";
    private static final Pattern EARLIER_MASK = Pattern.compile("〔[^〔〕]{1,20}已隐去〕");
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "独孤", "端木", "南宫", "西门", "百里", "呼延", "轩辕",
            "澹台", "公冶", "太史", "申屠", "钟离", "闻人", "万俟", "赫连", "淳于", "濮阳", "东郭", "第五");

    private record Compiled(RedactionSettings.Rule rule, Pattern pattern) {
    }

    private record Span(int start, int end, String label, String source) {
    }

    private final List<Compiled> rules;
    private final String mask;

    /** @throws IllegalStateException naming the rule whose expression or check is wrong */
    public Redactor(RedactionSettings settings) {
        this.mask = settings.mask();
        List<Compiled> compiled = new ArrayList<>();
        for (RedactionSettings.Rule rule : settings.patterns()) {
            try {
                Checks.passes(rule.check(), "");
                compiled.add(new Compiled(rule, Pattern.compile(rule.regex())));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("遮蔽规则 " + rule.name() + " 的正则表达式有误：" + e.getDescription()
                        + "（zhifa.disclosure.redaction.patterns）");
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("遮蔽规则 " + rule.name() + " 的 check “" + rule.check()
                        + "”无效，应为 none、id-number、old-id-number、luhn 或 person-name");
            }
        }
        this.rules = List.copyOf(compiled);
    }

    /** Hides the personal data in {@code text}; null or blank text comes back as it is, with no marks. */
    public RedactedText redact(String text, CaseData data) {
        if (text == null || text.isBlank()) {
            return new RedactedText(text, text, List.of());
        }
        List<Span> spans = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        data.personNames().forEach(name -> names.put(name, CASE_DATA));
        for (CaseData.Hidden hidden : data.hidden()) {
            occurrences(text, hidden.value(), hidden.label(), CASE_DATA, spans);
        }
        for (Compiled compiled : rules) {
            Matcher matcher = compiled.pattern().matcher(text);
            while (matcher.find()) {
                int group = matcher.groupCount() >= 1 && matcher.start(1) >= 0 ? 1 : 0;
                String found = matcher.group(group);
                if (!Checks.passes(compiled.rule().check(), found) || kept(found, data)) {
                    continue;
                }
                if ("person-name".equals(compiled.rule().check())) {
                    names.putIfAbsent(found, compiled.rule().name());
                } else {
                    spans.add(new Span(matcher.start(group), matcher.end(group), compiled.rule().label(),
                            compiled.rule().name()));
                }
            }
        }
        names.forEach((name, source) -> {
            if (!data.kept().contains(name)) {
                occurrences(text, name, NAME, source, spans);
            }
        });
        return apply(text, withoutKept(text, merge(spans), data));
    }

    /**
     * What the rules still find in a text about to be published, names aside (a name the rules find is also any
     * surname + 某 the officer left): ID numbers, phones, accounts, certificates, addresses…; empty when clean.
     */
    public List<RedactedText.Mark> leaks(String text) {
        return redact(text, CaseData.none()).marks().stream().filter(m -> !NAME.equals(m.label())).toList();
    }

    /** How the public sees a natural person: surname and 某 (PM9), e.g. 张某, 欧阳某. */
    public static String surnameOnly(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        String surname = n.length() > 2 && COMPOUND_SURNAMES.contains(n.substring(0, 2)) ? n.substring(0, 2)
                : n.substring(0, 1);
        return surname + "某";
    }

    private static void occurrences(String text, String value, String label, String source, List<Span> spans) {
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length())) {
            spans.add(new Span(at, at + value.length(), label, source));
        }
    }

    private static boolean kept(String found, CaseData data) {
        return data.kept().stream().anyMatch(kept -> kept.equals(found) || kept.contains(found) && found.length() >= 2
                && !Character.isDigit(found.charAt(0)));
    }

    /** Overlapping spans become one; the case's own data names it when it is involved. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() < last.end()) {
                if (span.end() > last.end()) {
                    merged.set(merged.size() - 1, new Span(last.start(), span.end(), last.label(), last.source()));
                }
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /**
     * A rule's span lying inside a kept value (an organisation's name, the legal representative) stays visible, and
     * so does what an earlier redaction already put in (〔住址已隐去〕): redacting twice changes nothing.
     */
    private static List<Span> withoutKept(String text, List<Span> spans, CaseData data) {
        List<int[]> keptRanges = new ArrayList<>();
        for (String kept : data.kept()) {
            for (int at = text.indexOf(kept); at >= 0; at = text.indexOf(kept, at + kept.length())) {
                keptRanges.add(new int[] { at, at + kept.length() });
            }
        }
        List<int[]> masks = new ArrayList<>();
        Matcher earlier = EARLIER_MASK.matcher(text);
        while (earlier.find()) {
            masks.add(new int[] { earlier.start(), earlier.end() });
        }
        return spans.stream().filter(span -> CASE_DATA.equals(span.source())
                || keptRanges.stream().noneMatch(range -> span.start() >= range[0] && span.end() <= range[1])
                        && masks.stream().noneMatch(range -> span.start() < range[1] && span.end() > range[0]))
                .toList();
    }

    private RedactedText apply(String text, List<Span> spans) {
        StringBuilder out = new StringBuilder();
        List<RedactedText.Mark> marks = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            String shown = NAME.equals(span.label()) ? surnameOnly(text.substring(span.start(), span.end()))
                    : mask.replace("{label}", span.label());
            out.append(text, at, span.start()).append(shown);
            marks.add(new RedactedText.Mark(span.start(), span.end(), span.label(), span.source(), shown));
            at = span.end();
        }
        out.append(text.substring(at));
        return new RedactedText(text, out.toString(), List.copyOf(marks));
    }
}
