package org.zhifa.requests.process;

import static org.zhifa.engine.process.StepVariables.actor;
import static org.zhifa.engine.process.StepVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.requests.CorrectionRequests;

/** {@code Task_RefuseCorrection}: no correction; the party is told the reasons and remedies (PM17). */
@Component("correctionRefusal")
class CorrectionRefusal implements JavaDelegate {

    private final CorrectionRequests requests;
    private final RequestAnswers answers;

    CorrectionRefusal(CorrectionRequests requests, RequestAnswers answers) {
        this.requests = requests;
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.refuse(execution.getProcessInstanceId(), text(execution, CorrectionRequestProcess.REPLY),
                actor(execution));
        answers.correction(execution, false);
    }
}
