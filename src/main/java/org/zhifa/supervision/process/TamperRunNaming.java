package org.zhifa.supervision.process;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.zhifa.supervision.TamperRuns;

/**
 * Names a run as it starts, before its first step is recorded: the business key its steps are chained under, and
 * what started it — read from the start event it began at, never from a variable: the nightly timer, or a
 * supervisor through the server's API (who is named only then).
 */
@Component("tamperRunNaming")
class TamperRunNaming implements ExecutionListener {

    private final Clock clock;

    TamperRunNaming(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        boolean scheduled = TamperVerificationProcess.START_SCHEDULED.equals(execution.getCurrentActivityId());
        execution.setVariable(TamperVerificationProcess.TRIGGER, scheduled ? TamperRuns.SCHEDULED : TamperRuns.REQUESTED);
        if (scheduled) {
            execution.removeVariable(TamperVerificationProcess.REQUESTED_BY);
        }
        // the instance's id makes the key unique, however many runs start in the same second
        execution.setProcessBusinessKey(TamperVerificationProcess.businessKey(Instant.now(clock), clock.getZone())
                + "-" + execution.getProcessInstanceId());
    }
}
