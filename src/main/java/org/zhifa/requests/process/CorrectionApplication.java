package org.zhifa.requests.process;

import static org.zhifa.engine.process.StepVariables.actor;
import static org.zhifa.engine.process.StepVariables.text;
import static org.zhifa.requests.process.CorrectionRequestProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.disclosure.PublishedContent;
import org.zhifa.requests.CorrectionRequests;

/** {@code Task_Correct}: the publication corrected as the officer verified it, and the party told (PM17). */
@Component("correctionApplication")
class CorrectionApplication implements JavaDelegate {

    private final CorrectionRequests requests;

    CorrectionApplication(CorrectionRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PublishedContent corrected = new PublishedContent(text(execution, FORM), text(execution, CASE_NAME),
                text(execution, PARTY_SHOWN), text(execution, FACTS), text(execution, LEGAL_BASIS),
                text(execution, DECISION), text(execution, FULL_TEXT));
        requests.correct(execution.getProcessInstanceId(),
                ((Number) execution.getVariable(PUBLICATION_ID)).longValue(), corrected, text(execution, REPLY),
                actor(execution));
    }
}
