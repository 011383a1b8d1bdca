package org.zhifa.disclosure.process;

import static org.zhifa.disclosure.process.ResultDisclosureProcess.*;
import static org.zhifa.engine.process.StepVariables.actor;
import static org.zhifa.engine.process.StepVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.disclosure.ResultDisclosure;

/** {@code Task_Publish}: what the officer confirmed at the review goes on the portal (PM9, PM13). */
@Component("resultPublication")
class ResultPublication implements JavaDelegate {

    private final ResultDisclosure disclosure;

    ResultPublication(ResultDisclosure disclosure) {
        this.disclosure = disclosure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        disclosure.publish(((Number) execution.getVariable(PUBLICATION_ID)).longValue(), content(execution),
                text(execution, EXCEPTION_BASIS), actor(execution));
    }
}
