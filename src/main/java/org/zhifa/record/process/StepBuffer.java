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
    private final Map<String, Map<String, Boolean>> removed = new HashMap<>();
    private final Map<String, String> definitions = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> evidence = new HashMap<>();
    private final Map<String, Instant> starts = new HashMap<>();
    private final List<Step> steps = new ArrayList<>();

    void value(String processInstanceId, String processDefinitionId, String name, Object value) {
        values.computeIfAbsent(processInstanceId, id -> new LinkedHashMap<>()).put(name, value);
        definitions.putIfAbsent(processInstanceId, processDefinitionId);
        Map<String, Boolean> gone = removed.get(processInstanceId);
        if (gone != null) {
            gone.remove(name);
        }
    }

    /** A variable removed by this command (recorded only if no step of the instance ends in it: a process's end). */
    void removed(String processInstanceId, String processDefinitionId, String name) {
        removed.computeIfAbsent(processInstanceId, id -> new LinkedHashMap<>()).put(name, true);
        definitions.putIfAbsent(processInstanceId, processDefinitionId);
        Map<String, Object> written = values.get(processInstanceId);
        if (written != null) {
            written.remove(name);
        }
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

    /**
     * What the command wrote or removed in process instances none of whose steps ended in it — variable changes made
     * beside the steps (REST, Cockpit), by instance: name to the new value, or {@link #REMOVED}.
     */
    Map<String, Map<String, Object>> changesOutsideSteps() {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        java.util.Set<String> stepped = new java.util.HashSet<>();
        steps.forEach(step -> stepped.add(step.processInstanceId()));
        java.util.Set<String> instances = new java.util.LinkedHashSet<>(values.keySet());
        instances.addAll(removed.keySet());
        for (String instance : instances) {
            if (stepped.contains(instance)) {
                continue;
            }
            Map<String, Object> changed = new LinkedHashMap<>(values.getOrDefault(instance, Map.of()));
            removed.getOrDefault(instance, Map.of()).keySet().forEach(name -> changed.put(name, REMOVED));
            if (!changed.isEmpty()) {
                changes.put(instance, changed);
            }
        }
        return changes;
    }

    String definitionOf(String processInstanceId) {
        return definitions.get(processInstanceId);
    }

    /** Marks a removed variable in {@link #changesOutsideSteps()}. */
    static final Object REMOVED = new Object();

    /** The values written to the instance and not yet taken by a step, as they stand. */
    Map<String, Object> written(String processInstanceId) {
        Map<String, Object> written = values.get(processInstanceId);
        return written == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(written));
    }

    Map<String, Object> drainValues(String processInstanceId) {
        removed.remove(processInstanceId);
        Map<String, Object> drained = values.remove(processInstanceId);
        return drained == null ? Map.of() : drained;
    }

    List<Map<String, Object>> drainEvidence(String processInstanceId) {
        List<Map<String, Object>> drained = evidence.remove(processInstanceId);
        return drained == null ? List.of() : drained;
    }
}
