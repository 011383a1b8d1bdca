package org.zhifa.record.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.Step;

/**
 * Variable changes made beside the steps — an administrator's edit in Cockpit or through REST, a module setting a
 * value — as entries of their own (RM3 "full process"): who, which variables, and the SHA-256 of each new value; the
 * record adds the hash of the value it knew before ({@link CaseRecord#append(List)}). The values themselves stay out
 * of the record, as they were never a step's submission.
 */
final class VariableChanges {

    static final String ACTIVITY_ID = "variables";
    static final String ACTIVITY_TYPE = "variableChange";

    List<Step> outsideSteps(CommandContext context, StepBuffer buffer) {
        List<Step> steps = new ArrayList<>();
        buffer.changesOutsideSteps().forEach((processInstanceId, changed) -> {
            ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
            if (instance == null || instance.getProcessBusinessKey() == null) {
                return;
            }
            ProcessDefinitionEntity definition = instance.getProcessDefinition();
            List<Map<String, Object>> changes = new ArrayList<>();
            changed.forEach((name, value) -> {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("name", name);
                change.put(CaseRecord.NEW_VALUE, value == StepBuffer.REMOVED ? null : CaseRecord.valueHash(value));
                if (value == StepBuffer.REMOVED) {
                    change.put("removed", true);
                }
                changes.add(change);
            });
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put(CaseRecord.CHANGES, changes);
            var now = ClockUtil.getCurrentTime().toInstant();
            steps.add(new Step(instance.getProcessBusinessKey(), definition.getId(), definition.getKey(),
                    definition.getVersion(), processInstanceId, ACTIVITY_ID, "在办案步骤之外修改流程变量", ACTIVITY_TYPE, "RM3",
                    context.getAuthenticatedUserId(), now, now, Map.of(), List.of(), detail));
        });
        return steps;
    }
}
