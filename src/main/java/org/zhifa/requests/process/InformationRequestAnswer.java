package org.zhifa.requests.process;

import static org.zhifa.engine.process.StepVariables.actor;
import static org.zhifa.engine.process.StepVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.documents.DocumentKind;
import org.zhifa.requests.InformationRequests;

/** {@code Task_RecordAnswer}: the officer's answer to a PM22 request is recorded (Regulations Art. 36). */
@Component("informationRequestAnswer")
class InformationRequestAnswer implements JavaDelegate {

    private final InformationRequests requests;
    private final RequestAnswers answers;

    InformationRequestAnswer(InformationRequests requests, RequestAnswers answers) {
        this.requests = requests;
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.answer(execution.getProcessInstanceId(), text(execution, InformationRequestProcess.OUTCOME),
                text(execution, InformationRequestProcess.REPLY), actor(execution));
        answers.issue(execution, DocumentKind.INFORMATION_ANSWER, RequestAnswers.values(
                "requester", text(execution, InformationRequestProcess.REQUESTER),
                "requestDescription", text(execution, InformationRequestProcess.DESCRIPTION),
                "requestOutcome", RequestAnswers.shown(execution, InformationRequestProcess.TASK_ANSWER,
                        InformationRequestProcess.OUTCOME, text(execution, InformationRequestProcess.OUTCOME)),
                "requestReply", text(execution, InformationRequestProcess.REPLY)));
    }
}
