package org.zhifa.record.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.zhifa.record.Step;

/**
 * Deleting a process's history (Cockpit, REST) deletes the engine's copy, never the record: the deletion itself is
 * appended to the case's record — who, which instance — in the same transaction.
 */
final class HistoryDeletions extends CommandInterceptor {

    private final CommandBuffers buffers;

    HistoryDeletions(CommandBuffers buffers) {
        this.buffers = buffers;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (!(command instanceof DeleteHistoricProcessInstancesCmd)) {
            return next.execute(command);
        }
        CommandContext context = Context.getCommandContext();
        List<HistoricProcessInstance> deleted = new ArrayList<>();
        for (String id : ids(command)) {
            HistoricProcessInstance instance = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration()
                    .getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).singleResult());
            if (instance != null && instance.getBusinessKey() != null) {
                deleted.add(instance);
            }
        }
        T result = next.execute(command);
        StepBuffer buffer = buffers.current();
        var now = ClockUtil.getCurrentTime().toInstant();
        for (HistoricProcessInstance instance : deleted) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("outcome", "historyDeleted");
            detail.put("processInstanceId", instance.getId());
            buffer.step(new Step(instance.getBusinessKey(), instance.getProcessDefinitionId(),
                    instance.getProcessDefinitionKey(), instance.getProcessDefinitionVersion() == null ? 0
                            : instance.getProcessDefinitionVersion(), instance.getId(), "history",
                    "删除流程历史数据（全过程记录保留）", "historyDeletion", "RM4", context.getAuthenticatedUserId(), now, now,
                    Map.of(), List.of(), detail));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Command<?> command) {
        try {
            Field field = DeleteHistoricProcessInstancesCmd.class.getDeclaredField("processInstanceIds");
            field.setAccessible(true);
            List<String> ids = (List<String>) field.get(command);
            return ids == null ? List.of() : ids;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the engine changed: cannot see which history a deletion removes", e);
        }
    }
}
