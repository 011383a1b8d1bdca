package org.zhifa.record.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one engine command has done so far that the next record entry of a process instance should carry: the
 * variables written (form values, service results), files among them, and when activities of this command started.
 * Drained when an entry is written, discarded when the command ends.
 */
final class StepBuffer {

    private final Map<String, Map<String, Object>> values = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> evidence = new HashMap<>();
    private final Map<String, Instant> starts = new HashMap<>();

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

    Map<String, Object> drainValues(String processInstanceId) {
        Map<String, Object> drained = values.remove(processInstanceId);
        return drained == null ? Map.of() : drained;
    }

    List<Map<String, Object>> drainEvidence(String processInstanceId) {
        List<Map<String, Object>> drained = evidence.remove(processInstanceId);
        return drained == null ? List.of() : drained;
    }
}
