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

    /*
     * One source per engine of the JVM (one on a server; one per Spring context in the tests): each knows only the
     * commands of its own engine, so the current command's steps are those of the source that has any. A single
     * static source was overwritten by the engine started last, and another engine's commands then saw none.
     */
    private static final List<Supplier<List<Step>>> SOURCES = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final List<Function<String, Map<String, Object>>> WRITTEN =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    private PendingSteps() {
    }

    /** For the record's engine plugin only: the steps its engine's current command has ended. */
    public static void source(Supplier<List<Step>> steps) {
        SOURCES.add(steps);
    }

    /** For the record's engine plugin only: what the current command has written so far, by process instance. */
    public static void values(Function<String, Map<String, Object>> values) {
        WRITTEN.add(values);
    }

    static List<Step> ofThisCommand() {
        for (Supplier<List<Step>> source : SOURCES) {
            List<Step> steps = source.get();
            if (!steps.isEmpty()) {
                return steps;
            }
        }
        return List.of();
    }

    /**
     * The values the current engine command has written to the process instance that no step has taken into the
     * record yet: while a step is being completed, its submission and what its rules derived.
     */
    public static Map<String, Object> valuesOfThisCommand(String processInstanceId) {
        for (Function<String, Map<String, Object>> source : WRITTEN) {
            Map<String, Object> values = source.apply(processInstanceId);
            if (!values.isEmpty()) {
                return values;
            }
        }
        return Map.of();
    }
}
