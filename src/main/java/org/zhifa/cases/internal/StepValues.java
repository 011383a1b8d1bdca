package org.zhifa.cases.internal;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The values of a step that has just passed its rule, as its document reads them: each as stored, a choice as its
 * form shows it.
 *
 * @param values the case's values, this step's included
 * @param shown  (field, value) → what the step's form (or another form of its model) shows for it
 * @param labels field → its label on the step's form
 * @param actor  the name of the user completing the step
 */
public record StepValues(Function<String, Object> values, BiFunction<String, String, String> shown,
        Function<String, String> labels, String actor) {

    public Object get(String name) {
        return values.apply(name);
    }

    public String text(String name) {
        return CaseValues.text(values, name);
    }

    /** A choice as the form shows it (同意立案, 直接送达), or null when absent. */
    public String label(String name) {
        String value = text(name);
        return value == null ? null : shown.apply(name, value);
    }

    /** A date or date-time as documents write it. */
    public String date(String name) {
        return DocumentValues.date(get(name));
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(get(name));
    }
}
