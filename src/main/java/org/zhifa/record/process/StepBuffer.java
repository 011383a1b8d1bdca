package org.zhifa.record.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhifa.record.Step;

/**
 * What one engine command has done so far that the next record entry of a process instance should carry: the
 * variables written (form values, service results), files among them, when activities of this command started, and
 * the finished steps, written together when the command closes.
 */
final class StepBuffer {

    private final Map<String, Map<String, Object>> values = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> evidence = new HashMap<>();
    private final Map<String, Instant> starts = new HashMap<>();
    private final List<Step> steps = new ArrayList<>();

    void value(String processInstanceId, String name, Object value) {
        values.computeIfAbsent(processInstanceId, id -> new LinkedHashMap<>()).put(name, value);
    }

    void evidence(String processInstanceId, Map<String, Object> reference) {
        evidence.computeIfAbsent(processInstanceId, id -> new ArrayList<>()).add(reference);
    }

    void started(String activityInstanceId, Instant at) {
        starts.put(activityInstanceId, at);
    }

    Instant startOf(String activityInstanceId) {
        return starts.remove(activityInstanceId);
    }

    void step(Step step) {
        steps.add(step);
    }

    /** The steps of this command, in the order they ended. */
    List<Step> steps() {
        return steps;
    }

    Map<String, Object> drainValues(String processInstanceId) {
        Map<String, Object> drained = values.remove(processInstanceId);
        return drained == null ? Map.of() : drained;
    }

    List<Map<String, Object>> drainEvidence(String processInstanceId) {
        List<Map<String, Object>> drained = evidence.remove(processInstanceId);
        return drained == null ? List.of() : drained;
    }
}
