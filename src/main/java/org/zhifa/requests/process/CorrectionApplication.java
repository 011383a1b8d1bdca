package org.zhifa.requests.process;

import static org.zhifa.engine.process.StepVariables.actor;
import static org.zhifa.engine.process.StepVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.disclosure.process.ResultDisclosureProcess;
import org.zhifa.requests.CorrectionRequests;

/** {@code Task_Correct}: the publication corrected as the officer verified it, and the party told (PM17). */
@Component("correctionApplication")
class CorrectionApplication implements JavaDelegate {

    private final CorrectionRequests requests;
    private final RequestAnswers answers;

    CorrectionApplication(CorrectionRequests requests, RequestAnswers answers) {
        this.requests = requests;
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.correct(execution.getProcessInstanceId(),
                ((Number) execution.getVariable(ResultDisclosureProcess.PUBLICATION_ID)).longValue(),
                ResultDisclosureProcess.content(execution), text(execution, CorrectionRequestProcess.REPLY),
                actor(execution));
        answers.correction(execution, true);
    }
}
