package org.zhifa.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finished step of a case, as the engine saw it; {@link CaseRecord#append(Step)} turns it into a record entry.
 *
 * @param businessKey      the case (业务编号)
 * @param processDefinitionId, processDefinitionKey, processDefinitionVersion which model and version ran the step
 * @param processInstanceId the process instance
 * @param activityId       the BPMN element id
 * @param activityName     its name as the model gives it; may be null
 * @param activityType     the BPMN element type, e.g. {@code userTask}, {@code exclusiveGateway}
 * @param law              the law item from the element's {@code law} property, e.g. {@code RM11.15}; null if unmapped
 * @param actor            the authenticated user, or {@code system}
 * @param startedAt        when the step began
 * @param endedAt          when it ended
 * @param formValues       the values submitted or written in this step
 * @param evidence         references to evidence (files, objects) submitted with the step
 * @param detail           what kind of ending this was: task id, outcome, gateway decision, cancellation reason
 */
public record Step(String businessKey, String processDefinitionId, String processDefinitionKey,
        int processDefinitionVersion, String processInstanceId, String activityId, String activityName,
        String activityType, String law, String actor, Instant startedAt, Instant endedAt,
        Map<String, Object> formValues, List<Map<String, Object>> evidence, Map<String, Object> detail) {

    public static final String SYSTEM = "system";

    public Step {
        Objects.requireNonNull(businessKey, "businessKey");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(endedAt, "endedAt");
        actor = actor == null ? SYSTEM : actor;
        startedAt = startedAt == null ? endedAt : startedAt;
        formValues = formValues == null ? Map.of() : formValues;
        evidence = evidence == null ? List.of() : evidence;
        detail = detail == null ? Map.of() : detail;
    }
}
