package org.zhifa.record.process;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Collects the variables each command writes, from the engine's history events (produced at history level audit
 * and above), into the command's buffer: submitted form values reach the record entry of the step that submits them
 * whichever API submitted them; what a command changes where no step ends becomes an entry of its own.
 */
final class StepVariables implements HistoryEventHandler {

    /**
     * Engine bookkeeping of multi-instance activities, and the link the server gives a task to its evidence page: not
     * something anybody submitted.
     */
    private static final Set<String> ENGINE_VARIABLES = Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances",
            "nrOfCompletedInstances", "evidencePage");

    private final CommandBuffers buffers;

    StepVariables(CommandBuffers buffers) {
        this.buffers = buffers;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!(event instanceof HistoricVariableUpdateEventEntity variable) || variable.getProcessInstanceId() == null
                || ENGINE_VARIABLES.contains(variable.getVariableName())) {
            return;
        }
        StepBuffer buffer = buffers.current();
        if (buffer == null) {
            return;
        }
        if (HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName().equals(event.getEventType())) {
            buffer.removed(variable.getProcessInstanceId(), variable.getProcessDefinitionId(), variable.getVariableName());
            return;
        }
        if (!isWrite(event)) {
            return;
        }
        buffer.value(variable.getProcessInstanceId(), variable.getProcessDefinitionId(), variable.getVariableName(),
                VariableValues.of(variable));
        if (VariableValues.isFile(variable)) {
            buffer.evidence(variable.getProcessInstanceId(), VariableValues.file(variable));
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private static boolean isWrite(HistoryEvent event) {
        return HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName().equals(event.getEventType())
                || HistoryEventTypes.VARIABLE_INSTANCE_UPDATE.getEventName().equals(event.getEventType());
    }
}
