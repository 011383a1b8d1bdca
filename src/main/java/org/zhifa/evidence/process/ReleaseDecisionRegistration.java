package org.zhifa.evidence.process;

import static org.zhifa.engine.process.StepVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.zhifa.evidence.EvidenceReleases;

/**
 * {@code Task_RegisterDecision}: the head's decision on a release is written once (RM23). The decider is the user who
 * completed the approval — the authenticated user of this command, or, when the step runs later, the approval
 * task's assignee as the engine's history keeps it.
 */
@Component("releaseDecisionRegistration")
class ReleaseDecisionRegistration implements JavaDelegate {

    private final EvidenceReleases releases;

    ReleaseDecisionRegistration(EvidenceReleases releases) {
        this.releases = releases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        releases.decide(execution.getProcessInstanceId(), decider(execution),
                EvidenceReleaseProcess.DECISION_APPROVE.equals(text(execution, EvidenceReleaseProcess.DECISION)),
                text(execution, EvidenceReleaseProcess.OPINION));
    }

    private static String decider(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(EvidenceReleaseProcess.TASK_APPROVAL).finished()
                .orderByHistoricTaskInstanceEndTime().desc().list().stream().findFirst()
                .map(task -> task.getAssignee()).orElse(null);
    }
}
