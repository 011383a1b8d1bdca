package org.zhifa.record.process;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.zhifa.record.Step;

/**
 * One {@link StepBuffer} per running engine command. When the command closes, before the engine flushes its own
 * changes and in the same transaction, the command's steps — and the variable changes it made beside any step — are
 * handed to the writer; a command that fails writes nothing.
 */
final class CommandBuffers {

    private final Map<CommandContext, StepBuffer> buffers = new ConcurrentHashMap<>();
    private final Consumer<List<Step>> writer;
    private final VariableChanges changes = new VariableChanges();

    CommandBuffers(Consumer<List<Step>> writer) {
        this.writer = writer;
        org.zhifa.record.PendingSteps.source(() -> {
            CommandContext context = Context.getCommandContext();
            StepBuffer buffer = context == null ? null : buffers.get(context);
            return buffer == null ? List.of() : List.copyOf(buffer.steps());
        });
        org.zhifa.record.PendingSteps.values(processInstanceId -> {
            CommandContext context = Context.getCommandContext();
            StepBuffer buffer = context == null ? null : buffers.get(context);
            return buffer == null ? Map.of() : buffer.written(processInstanceId);
        });
    }

    /** The buffer of the current command; null outside a command. */
    StepBuffer current() {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return null;
        }
        return buffers.computeIfAbsent(context, this::open);
    }

    private StepBuffer open(CommandContext context) {
        context.registerCommandContextListener(new CommandContextListener() {
            @Override
            public void onCommandContextClose(CommandContext closing) {
                StepBuffer buffer = buffers.remove(closing);
                if (buffer == null) {
                    return;
                }
                List<Step> steps = new java.util.ArrayList<>(buffer.steps());
                steps.addAll(changes.outsideSteps(closing, buffer));
                if (!steps.isEmpty()) {
                    writer.accept(steps);
                }
            }

            @Override
            public void onCommandFailed(CommandContext failing, Throwable t) {
                buffers.remove(failing);
            }
        });
        return new StepBuffer();
    }
}
