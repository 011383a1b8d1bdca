package org.zhifa.supervision.process;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Names a round as it starts, before its first step is recorded: the business key its steps are chained under. */
@Component("caseFileReviewNaming")
class CaseFileReviewNaming implements ExecutionListener {

    private final Clock clock;

    CaseFileReviewNaming(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        // the instance's id makes the key unique, however many rounds open in the same second
        execution.setProcessBusinessKey(CaseFileReviewProcess.businessKey(Instant.now(clock), clock.getZone()) + "-"
                + execution.getProcessInstanceId());
    }
}
