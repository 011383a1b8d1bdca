package org.zhifa.engine.process;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.zhifa.engine.FormSchema;
import org.zhifa.engine.FormValueKinds;
import org.zhifa.engine.FormValues;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;

/**
 * What the server derives, only the server writes: a user's write of a variable outside a step (the variable
 * endpoints of REST and Cockpit, modifications) may touch only what the model's task forms let users change, and only
 * with what those forms take (type, bounds, clean text); the case's officers, handlers, deadlines, numbers, the
 * triggers of legal review and the values fixed at filing stay the server's. Seen at the one place every variable
 * write passes, the engine's history events, so no API is missed; the refusal rolls the whole command back.
 */
final class DerivedVariableGuard implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!(event instanceof HistoricVariableUpdateEventEntity variable) || !isChange(event)
                || variable.getProcessDefinitionId() == null || !StepInputGuard.outsideStep()) {
            return;
        }
        CommandContext context = Context.getCommandContext();
        if (context == null || context.getAuthenticatedUserId() == null || !context.isAuthorizationCheckEnabled()
                || Context.getBpmnExecutionContext() != null) {
            return;
        }
        var definition = StepForms.definition(context, variable.getProcessDefinitionId());
        FormSchema.Field field = StepForms.writableFields(context, definition).get(variable.getVariableName());
        if (field == null) {
            throw new InvalidSubmissionException("修改流程变量", List.of(derived(variable.getVariableName())));
        }
        if (HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName().equals(event.getEventType())) {
            return;
        }
        // outside a step too, a field takes only what its form takes: its type, its bounds, clean text
        String kind = variable.getSerializerName();
        String problem = !FormValueKinds.known(kind) ? "不能以 " + kind + " 类型写入"
                : FormValueKinds.problem(field, kind);
        if (problem == null) {
            problem = FormValues.problem(field, value(variable));
        }
        if (problem != null) {
            throw new InvalidSubmissionException("修改流程变量", List.of(new FieldError(field.key(), field.label(), problem)));
        }
    }

    /** The value the update writes, as the engine will store it. */
    private static Object value(HistoricVariableUpdateEventEntity variable) {
        return switch (variable.getSerializerName()) {
            case "string" -> variable.getTextValue();
            case "json" -> variable.getTextValue() != null ? variable.getTextValue()
                    : variable.getByteValue() == null ? null : new String(variable.getByteValue(), StandardCharsets.UTF_8);
            case "boolean" -> variable.getLongValue() != null && variable.getLongValue() == 1L;
            case "integer", "long", "short" -> variable.getLongValue();
            case "double" -> variable.getDoubleValue();
            case "date" -> variable.getLongValue() == null ? null : new java.util.Date(variable.getLongValue());
            default -> null;
        };
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    static FieldError derived(String name) {
        return new FieldError(name, name, "由系统根据办案步骤生成或在立案时确定，任何人都不能在办案步骤之外写入或删除");
    }

    private static boolean isChange(HistoryEvent event) {
        String type = event.getEventType();
        return HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName().equals(type)
                || HistoryEventTypes.VARIABLE_INSTANCE_UPDATE.getEventName().equals(type)
                || HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName().equals(type);
    }
}
