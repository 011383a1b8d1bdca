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
 * @param now    when the step is completed, in the server's zone
 * @param runs   (step, since) → the completed runs of an earlier step, oldest first, that came after the latest
 *               completed run of {@code since} (every run when {@code since} is null), as the case's record keeps them
 * @param steps  activity id → the step's name as the case's record keeps it (any process of the case), or null
 */
public record StepValues(Function<String, Object> values, BiFunction<String, String, String> shown,
        Function<String, String> labels, String actor, java.time.ZonedDateTime now,
        BiFunction<String, String, List<Run>> runs, Function<String, String> steps) {

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

    /** The day the step is completed. */
    public java.time.LocalDate today() {
        return now.toLocalDate();
    }

    /** An instant (2026-03-02T02:42:00Z) as documents write it in the server's zone: 2026年3月2日 10:42. */
    public String instant(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            java.time.ZonedDateTime at = java.time.Instant.parse(text).atZone(now.getZone());
            return DocumentValues.date(at.toLocalDate().toString()) + " "
                    + "%02d:%02d".formatted(at.getHour(), at.getMinute());
        } catch (java.time.DateTimeException notAnInstant) {
            return text;
        }
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
