package org.zhifa.record;

import java.util.List;
import java.util.function.Supplier;

/**
 * The steps the current engine command has ended and will write to the record when it closes: a rule that runs in the
 * same command as the step before it (the decision right after the leader's approval) reads them as part of the case.
 * Set by the record's engine plugin.
 */
public final class PendingSteps {

    private static volatile Supplier<List<Step>> current = List::of;

    private PendingSteps() {
    }

    /** For the record's engine plugin only. */
    public static void source(Supplier<List<Step>> steps) {
        current = steps;
    }

    static List<Step> ofThisCommand() {
        return current.get();
    }
}
