package org.zhifa.record.process;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.zhifa.record.Step;

/**
 * Turns what the engine reports at the end of a step into a {@link Step}, queued in the command's buffer and written
 * to the case record when the command closes, inside the engine's transaction.
 */
final class StepRecorder {

    private final CommandBuffers buffers;

    StepRecorder(CommandBuffers buffers) {
        this.buffers = buffers;
    }

    void activityStarted(DelegateExecution execution) {
        StepBuffer buffer = buffers.current();
        if (buffer != null) {
            buffer.started(execution.getActivityInstanceId(), ClockUtil.getCurrentTime().toInstant());
        }
    }

    void activityEnded(DelegateExecution execution, StepElement element) {
        Map<String, Object> detail = new LinkedHashMap<>();
        if (execution.isCanceled()) {
            detail.put("outcome", "interrupted");
            cause(detail);
        }
        append(execution, element, startOf(execution), detail);
    }

    void taskEnded(DelegateTask task, StepElement element, boolean completed) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("taskId", task.getId());
        detail.put("assignee", task.getAssignee());
        detail.put("outcome", completed ? "completed" : "interrupted");
        if (!completed && task.getDeleteReason() != null) {
            detail.put("reason", task.getDeleteReason());
        }
        if (!completed) {
            cause(detail);
        }
        Instant created = task.getCreateTime() == null ? null : task.getCreateTime().toInstant();
        append(task.getExecution(), element, created, detail);
    }

    /**
     * Why a step was cut short, when a user's command did it rather than the model (a boundary event, say): a process
     * modification or the case's deletion, named in the entry so that supervisors find it (RM24.1).
     */
    private static void cause(Map<String, Object> detail) {
        CommandInvocationContext invocation = Context.getCommandInvocationContext();
        String command = invocation == null ? "" : invocation.getCommand().getClass().getSimpleName();
        if (MODIFICATIONS.contains(command)) {
            detail.put("cause", "modification");
        } else if (DELETIONS.contains(command)) {
            detail.put("cause", "deletion");
        }
    }

    private static final Set<String> MODIFICATIONS = Set.of("ModifyProcessInstanceCmd",
            "ProcessInstanceModificationCmd", "ActivityInstanceCancellationCmd", "TransitionInstanceCancellationCmd",
            "ActivityCancellationCmd", "RestartProcessInstancesCmd", "MigrateProcessInstanceCmd");
    private static final Set<String> DELETIONS = Set.of("DeleteProcessInstanceCmd", "DeleteProcessInstancesCmd");

    void decisionTaken(DelegateExecution execution, StepElement gateway, PvmTransition flow) {
        if (flow.getSource().getOutgoingTransitions().size() < 2) {
            return;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("flowId", flow.getId());
        detail.put("flowName", flow.getProperty("name"));
        detail.put("target", flow.getDestination().getId());
        append(execution, gateway, null, detail);
    }

    void processCancelled(DelegateExecution execution, StepElement process) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("outcome", "cancelled");
        detail.put("reason", ((ExecutionEntity) execution).getDeleteReason());
        append(execution, process, null, detail);
    }

    private void append(DelegateExecution execution, StepElement element, Instant startedAt,
            Map<String, Object> detail) {
        ExecutionEntity entity = (ExecutionEntity) execution;
        ProcessDefinitionEntity definition = entity.getProcessDefinition();
        StepBuffer buffer = buffers.current();
        if (buffer == null) {
            throw new IllegalStateException("a step ended outside an engine command: " + element.id());
        }
        String processInstanceId = execution.getProcessInstanceId();
        CommandContext command = Context.getCommandContext();
        buffer.step(new Step(execution.getProcessBusinessKey(), definition.getId(), definition.getKey(),
                definition.getVersion(), processInstanceId, element.id(), element.name(), element.type(),
                element.law(), command == null ? null : command.getAuthenticatedUserId(), startedAt,
                ClockUtil.getCurrentTime().toInstant(), buffer.drainValues(processInstanceId),
                buffer.drainEvidence(processInstanceId), detail));
    }

    /** Started in this command, or earlier (a wait state): then the engine's history knows when. */
    private Instant startOf(DelegateExecution execution) {
        StepBuffer buffer = buffers.current();
        Instant started = buffer == null ? null : buffer.startOf(execution.getActivityInstanceId());
        if (started != null) {
            return started;
        }
        HistoricActivityInstance earlier = execution.getProcessEngineServices().getHistoryService()
                .createHistoricActivityInstanceQuery().activityInstanceId(execution.getActivityInstanceId())
                .singleResult();
        return earlier == null ? null : earlier.getStartTime().toInstant();
    }
}
