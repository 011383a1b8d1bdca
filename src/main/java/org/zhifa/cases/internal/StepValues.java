package org.zhifa.cases.internal;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The values of a step that has just passed its rule, as its document reads them: each as stored, a choice as its
 * form shows it, and the earlier steps of the case as its record keeps them.
 *
 * @param values the case's values, this step's included
 * @param shown  (field, value) → what the step's form (or another form of its model) shows for it
 * @param labels field → its label on the step's form
 * @param actor  the name of the user completing the step
 * @param today  the day the step is completed
 * @param runs   (step, since) → the completed runs of an earlier step, oldest first, that came after the latest
 *               completed run of {@code since} (every run when {@code since} is null), as the case's record keeps them
 */
public record StepValues(Function<String, Object> values, BiFunction<String, String, String> shown,
        Function<String, String> labels, String actor, java.time.LocalDate today,
        BiFunction<String, String, List<Run>> runs) {

    /**
     * A completed run of an earlier step.
     *
     * @param values what the step recorded
     * @param actor  the name of who completed it
     * @param date   the day it was completed, as documents write it
     */
    public record Run(Map<String, Object> values, String actor, String date) {

        public String text(String name) {
            return CaseValues.text(values::get, name);
        }
    }

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

    /** A value of an earlier run, a choice as its form shows it. */
    public String label(Run run, String name) {
        String value = run.text(name);
        return value == null ? null : shown.apply(name, value);
    }

    /** A date or date-time as documents write it. */
    public String date(String name) {
        return DocumentValues.date(get(name));
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(get(name));
    }

    /** The latest completed run of a step after the latest run of {@code since} (any run when null), or null. */
    public Run last(String step, String since) {
        List<Run> found = runs.apply(step, since);
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }
}
