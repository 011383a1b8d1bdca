package org.zhifa.engine.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What an engine command carries from its client: the task it submits or the model it starts and the variables
 * sent with it. The engine keeps these in its commands' fields; they are read here, by name, for the command classes
 * of the engine version this server ships ({@code CommandInputsTest} fails the build if one is renamed).
 */
final class CommandInputs {

    /** Completing, resolving or ending a user task with values. */
    record TaskSubmission(String taskId, Map<String, ?> variables) {
    }

    /** Starting a process at its start event. */
    record Start(String definitionId, String definitionKey, Map<String, ?> variables) {
    }

    /** Anything else that writes variables into running cases, by process instance where the command names it. */
    record VariableWrites(String processInstanceId, Map<String, ?> variables) {
    }

    /**
     * Commands a user may not issue at all: they start a case in the middle, re-run an ended one, or change cases
     * in bulk as jobs that run without the user, so the record could not say who did it.
     */
    static final Set<String> REFUSED = Set.of("StartProcessInstanceAtActivitiesCmd", "RestartProcessInstancesCmd",
            "RestartProcessInstancesBatchCmd", "SetVariablesToProcessInstancesBatchCmd", "ModifyProcessInstanceAsyncCmd",
            "ProcessInstanceModificationBatchCmd", "MigrateProcessInstanceBatchCmd", "DeleteProcessInstanceBatchCmd",
            "DeleteHistoricProcessInstancesBatchCmd", "CorrelateAllMessageBatchCmd", "SetRemovalTimeToHistoricProcessInstancesCmd",
            // a BPMN error or escalation thrown from a task ends or diverts the case past its step's rules
            "HandleTaskBpmnErrorCmd", "HandleTaskEscalationCmd",
            // moving a timer's due date (a hearing window, a deadline) is not a step anyone takes
            "SetJobDuedateCmd", "RecalculateJobDuedateCmd",
            // files reach a case through the evidence API, which checks and logs them (RM22, RM23)
            "CreateAttachmentCmd", "SaveAttachmentCmd", "DeleteAttachmentCmd");

    /** Claiming, assigning or delegating a task: who gets it. */
    record Assignment(String taskId, String userId) {
    }

    private CommandInputs() {
    }

    static Assignment assignment(Command<?> command) {
        if (command instanceof ClaimTaskCmd || command instanceof DelegateTaskCmd || command instanceof AssignTaskCmd) {
            return new Assignment((String) read(command, "taskId"), (String) read(command, "userId"));
        }
        return null;
    }

    /** A job a user runs now: its id. */
    static String jobRun(Command<?> command) {
        return command instanceof ExecuteJobsCmd ? (String) read(command, "jobId") : null;
    }

    static TaskSubmission submission(Command<?> command) {
        if (command instanceof CompleteTaskCmd) {
            return new TaskSubmission((String) read(command, "taskId"), map(read(command, "variables")));
        }
        if (command instanceof SubmitTaskFormCmd) {
            return new TaskSubmission((String) read(command, "taskId"), map(read(command, "properties")));
        }
        return null;
    }

    static Start start(Command<?> command) {
        if (command instanceof StartProcessInstanceCmd) {
            var builder = (ProcessInstantiationBuilderImpl) read(command, "instantiationBuilder");
            return new Start(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(), map(builder.getVariables()));
        }
        if (command instanceof SubmitStartFormCmd) {
            return new Start((String) read(command, "processDefinitionId"), null, map(read(command, "variables")));
        }
        return null;
    }

    /** Variables a command writes besides a step: modification instructions, messages, signals. */
    static List<VariableWrites> writes(Command<?> command) {
        List<VariableWrites> writes = new ArrayList<>();
        if (command instanceof ModifyProcessInstanceCmd) {
            var builder = (ProcessInstanceModificationBuilderImpl) read(command, "builder");
            for (var operation : builder.getModificationOperations()) {
                if (operation instanceof AbstractInstantiationCmd instantiation) {
                    writes.add(new VariableWrites(builder.getProcessInstanceId(), merged(instantiation.getVariables(),
                            instantiation.getVariablesLocal())));
                }
            }
        } else if (command instanceof AbstractCorrelateMessageCmd) {
            var builder = (MessageCorrelationBuilderImpl) read(command, "builder");
            writes.add(new VariableWrites(builder.getProcessInstanceId(), merged(builder.getPayloadProcessInstanceVariables(),
                    merged(builder.getPayloadProcessInstanceVariablesLocal(),
                            builder.getPayloadProcessInstanceVariablesToTriggeredScope()))));
        } else if (command instanceof MessageEventReceivedCmd) {
            writes.add(new VariableWrites(null, merged(map(read(command, "processVariables")),
                    merged(map(read(command, "processVariablesLocal")), map(read(command, "processVariablesToTriggeredScope"))))));
        } else if (command instanceof SignalEventReceivedCmd) {
            var builder = (SignalEventReceivedBuilderImpl) read(command, "builder");
            writes.add(new VariableWrites(null, builder.getVariables()));
        } else if (command instanceof SignalCmd) {
            writes.add(new VariableWrites(null, map(read(command, "processVariables"))));
        }
        writes.removeIf(write -> write.variables() == null || write.variables().isEmpty());
        return writes;
    }

    /** Both maps' values as sent (typed values kept). */
    private static Map<String, ?> merged(Map<String, ?> a, Map<String, ?> b) {
        Map<String, Object> all = new LinkedHashMap<>();
        if (a != null) {
            all.putAll(map(a));
        }
        if (b != null) {
            all.putAll(map(b));
        }
        return all;
    }

    /** The values as sent: a variable map's typed values (which say whether they are transient), else the map. */
    @SuppressWarnings("unchecked")
    private static Map<String, ?> map(Object value) {
        if (value instanceof VariableMap variables) {
            Map<String, TypedValue> typed = new LinkedHashMap<>();
            variables.keySet().forEach(name -> typed.put(name, variables.getValueTyped(name)));
            return typed;
        }
        return (Map<String, ?>) value;
    }

    /** A field of the command or of one of its superclasses. */
    static Object read(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name
                + ": the engine changed, so the server cannot check what is submitted with it");
    }
}
