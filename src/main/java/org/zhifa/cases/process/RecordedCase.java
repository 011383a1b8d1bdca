package org.zhifa.cases.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.zhifa.record.RecordEntry;
import org.zhifa.record.Step;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A case as its full-process record tells it: what each step submitted and derived, and who did it. Rules read the
 * facts they decide on from here — the values a step recorded cannot be changed afterwards by anyone, while a case
 * variable can be edited by an administrator (which the record shows, but no rule should follow).
 */
final class RecordedCase {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What {@code latest} answers when no completed step recorded the name. */
    private static final Object NONE = new Object();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final List<RecordEntry> entries;

    RecordedCase(List<RecordEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<RecordEntry> entries() {
        return entries;
    }

    /** The entries of one process instance of the case (the case itself, not its disclosure, say). */
    RecordedCase ofInstance(String processInstanceId) {
        return new RecordedCase(entries.stream().filter(e -> e.getProcessInstanceId().equals(processInstanceId)).toList());
    }

    /**
     * The case's values as its completed steps recorded them; a value none recorded, from the fallback. What an
     * interrupted step carried (a modification's variables, say) is not the case's.
     */
    Function<String, Object> orElse(Function<String, Object> fallback) {
        return name -> {
            Object value = latest(name);
            return value == NONE ? fallback.apply(name) : value;
        };
    }

    /** The values the latest completed run of the step recorded; empty if the step never ran. */
    Map<String, Object> lastValues(String activityId) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            RecordEntry entry = entries.get(i);
            if (entry.getActivityId().equals(activityId) && completed(entry)) {
                return values(entry);
            }
        }
        return Map.of();
    }

    /**
     * The completed runs of a step, oldest first, that came after the latest completed run of {@code since} (every
     * run when {@code since} is null or never ran).
     */
    List<RecordEntry> runs(String activityId, String since) {
        int from = 0;
        for (int i = entries.size() - 1; since != null && i >= 0; i--) {
            if (entries.get(i).getActivityId().equals(since) && completed(entries.get(i))) {
                from = i + 1;
                break;
            }
        }
        return entries.subList(from, entries.size()).stream()
                .filter(e -> e.getActivityId().equals(activityId) && completed(e)).toList();
    }

    /** The latest value a completed step of the case recorded under the name, or null. */
    Object lastValue(String name) {
        Object value = latest(name);
        return value == NONE ? null : value;
    }

    /** The latest value a completed step recorded under the name (which may be null), or {@link #NONE}. */
    private Object latest(String name) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!completed(entries.get(i))) {
                continue;
            }
            Map<String, Object> values = values(entries.get(i));
            if (values.containsKey(name)) {
                return values.get(name);
            }
        }
        return NONE;
    }

    /** Whether any completed step recorded the value under the name. */
    boolean everRecorded(String name, Object value) {
        return entries.stream().filter(RecordedCase::completed).anyMatch(e -> value.equals(values(e).get(name)));
    }

    /** The users (never the system) who completed entries that match. */
    Set<String> actors(Predicate<RecordEntry> which) {
        Set<String> actors = new LinkedHashSet<>();
        for (RecordEntry entry : entries) {
            if (which.test(entry) && !Step.SYSTEM.equals(entry.getActor())) {
                actors.add(entry.getActor());
            }
        }
        return actors;
    }

    /** The users named as assignees of the case's user tasks. */
    Set<String> assignees() {
        Set<String> assignees = new LinkedHashSet<>();
        for (RecordEntry entry : entries) {
            Object assignee = detail(entry).get("assignee");
            if (assignee != null) {
                assignees.add(assignee.toString());
            }
        }
        return assignees;
    }

    static Map<String, Object> values(RecordEntry entry) {
        return read(entry.getFormValues());
    }

    static Map<String, Object> detail(RecordEntry entry) {
        return read(entry.getDetail());
    }

    private static boolean completed(RecordEntry entry) {
        Object outcome = detail(entry).get("outcome");
        return outcome == null || "completed".equals(outcome);
    }

    private static Map<String, Object> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> values = JSON.readValue(json, MAP);
            return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record entry is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A checklist value as the record keeps it: a JSON list, or text separated by commas. */
    static List<String> list(Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> items.add(String.valueOf(item)));
        } else if (value != null && !value.toString().isBlank()) {
            for (String item : value.toString().split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }
}
