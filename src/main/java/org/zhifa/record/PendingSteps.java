package org.zhifa.record;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The steps the current engine command has ended and will write to the record when it closes: a rule that runs in the
 * same command as the step before it (the decision right after the leader's approval) reads them as part of the case.
 * Set by the record's engine plugin.
 */
public final class PendingSteps {

    private static volatile Supplier<List<Step>> current = List::of;
    private static volatile Function<String, Map<String, Object>> written = id -> Map.of();

    private PendingSteps() {
    }

    /** For the record's engine plugin only. */
    public static void source(Supplier<List<Step>> steps) {
        current = steps;
    }

    /** For the record's engine plugin only: what the current command has written so far, by process instance. */
    public static void values(Function<String, Map<String, Object>> values) {
        written = values;
    }

    static List<Step> ofThisCommand() {
        return current.get();
    }

    /**
     * The values the current engine command has written to the process instance that no step has taken into the
     * record yet: while a step is being completed, its submission and what its rules derived.
     */
    public static Map<String, Object> valuesOfThisCommand(String processInstanceId) {
        return written.apply(processInstanceId);
    }
}
