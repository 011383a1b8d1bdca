package org.zhifa.record.process;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;

/** One {@link StepBuffer} per running engine command, removed when the command closes or fails. */
final class CommandBuffers {

    private final Map<CommandContext, StepBuffer> buffers = new ConcurrentHashMap<>();

    /** The buffer of the current command; null outside a command. */
    StepBuffer current() {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return null;
        }
        return buffers.computeIfAbsent(context, this::open);
    }

    int open() {
        return buffers.size();
    }

    private StepBuffer open(CommandContext context) {
        context.registerCommandContextListener(new CommandContextListener() {
            @Override
            public void onCommandContextClose(CommandContext closing) {
                buffers.remove(closing);
            }

            @Override
            public void onCommandFailed(CommandContext failing, Throwable t) {
                buffers.remove(failing);
            }
        });
        return new StepBuffer();
    }
}
