package org.zhifa.engine.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * How a delegate reads what its step holds: texts stripped (blank is absent), flags that are true only when set so,
 * and who acts — the user of the engine command (a Tasklist completion, a REST call) or {@code system} for the
 * server's own work (timers, the job executor).
 */
public final class StepVariables {

    private StepVariables() {
    }

    /** The variable as a stripped text; {@code null} when it is absent or blank. */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** Whether the variable is {@code true} (absent and anything else is false). */
    public static boolean flag(VariableScope scope, String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    /** The user the engine is working for, or {@code system}. */
    public static String actor(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
    }
}
