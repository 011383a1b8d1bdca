package org.zhifa.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Engine calls the server makes on its own behalf: a module's API starting its side process, writing what it has
 * derived. They run without the caller's authorizations and outside the rules for what a client may submit — so a
 * module uses this only after checking the request itself. Everything else a user does through the engine (Tasklist,
 * {@code /engine-rest}, Java under a user's authentication) passes those rules.
 */
public final class EngineCalls {

    private EngineCalls() {
    }

    /** Runs the work in an engine command of its own (joining a surrounding transaction) as the server. */
    public static <T> T asServer(ProcessEngine engine, Supplier<T> work) {
        return asServer((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(), work);
    }

    /** See {@link #asServer(ProcessEngine, Supplier)}. */
    public static <T> T asServer(ProcessEngineConfigurationImpl configuration, Supplier<T> work) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            boolean checking = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return work.get();
            } finally {
                if (checking) {
                    context.enableAuthorizationCheck();
                }
            }
        });
    }
}
