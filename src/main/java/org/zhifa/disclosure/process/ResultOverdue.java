package org.zhifa.disclosure.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.disclosure.ResultDisclosure;

/** {@code Task_MarkOverdue}: the PM14 deadline passed before publication; flagged (PM20.5). */
@Component("resultOverdue")
class ResultOverdue implements JavaDelegate {

    private final ResultDisclosure disclosure;

    ResultOverdue(ResultDisclosure disclosure) {
        this.disclosure = disclosure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        disclosure.markOverdue(((Number) execution.getVariable(ResultDisclosureProcess.PUBLICATION_ID)).longValue());
    }
}
