package org.zhifa.cases.process;

import static org.zhifa.cases.process.CaseVariables.AGENCY_CODE;
import static org.zhifa.cases.process.CaseVariables.DECISION_DATE;
import static org.zhifa.cases.process.CaseVariables.DECISION_NUMBER;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.calendar.Deadline;
import org.zhifa.cases.PenaltyDecisions;
import org.zhifa.cases.internal.CaseValues;
import org.zhifa.cases.internal.Penalties;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.engine.InvalidSubmissionException;

/**
 * The step that issues the approved decision (RM11.17): checks that the reviews the path requires were made and that
 * the party was told of what is decided (Penalty Law Art. 44, 45), has {@link PenaltyDecisions} number and issue it,
 * and keeps what the case's later steps need: the number and date, the document, the service deadline, whether
 * something remains to be performed or disposed of.
 */
@Component("decisionIssuing")
class DecisionIssuing implements JavaDelegate {

    private final PenaltyDecisions decisions;
    private final CaseParticipants participants;
    private final Clock clock;

    DecisionIssuing(PenaltyDecisions decisions, CaseParticipants participants, Clock clock) {
        this.decisions = decisions;
        this.participants = participants;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        // what the reviews and the leader approved: the opinion and the party as the case's steps recorded them
        RecordedCase record = participants.recorded(businessKey).ofInstance(execution.getProcessInstanceId());
        Function<String, Object> reviewed = record.orElse(execution::getVariable);
        List<String> penalties = RecordedCase.list(record.lastValues(OfficerInitiatedCaseProcess.TASK_HANDLER_OPINION).get("penalties"));
        String unreviewed = ReviewChain.missing(record);
        if (unreviewed != null) {
            throw new InvalidSubmissionException("制作决定书", List.of(new FieldError("leaderDecision", "审批意见",
                    unreviewed + "：不能作出决定")));
        }
        String difference = NoticeComparison.difference(record.lastValues(OfficerInitiatedCaseProcess.TASK_NOTIFY_RIGHTS), penalties,
                CaseValues.money(reviewed.apply("fineAmount")));
        if (difference != null) {
            throw new InvalidSubmissionException("制作决定书", List.of(new FieldError("penalties", "处理意见",
                    difference + "：须重新告知当事人后才能作出决定（《行政处罚法》第四十四条、第四十五条）")));
        }
        PenaltyDecisions.Issued issued = decisions.issue(new PenaltyDecisions.Approved(businessKey,
                execution.getProcessInstanceId(), execution.getCurrentActivityId(), (String) execution.getVariable(AGENCY_CODE), penalties, reviewed,
                DocumentIssuer.actor()));
        execution.setVariable(DECISION_NUMBER, issued.number());
        execution.setVariable(DECISION_DATE, issued.date().toString());
        DocumentIssuer.link(execution, businessKey, "decisionDocument", issued.document(), issued.ofd());
        execution.setVariable("serviceLastDay", issued.serviceLastDay().toString());
        execution.setVariable("serviceDeadline", Deadline.endOf(issued.serviceLastDay(), clock.getZone()));
        execution.setVariable("performanceRequired", Penalties.needPerformance(penalties));
        execution.setVariable("confiscationDisposalRequired", penalties.contains(Penalties.CONFISCATE_ITEMS));
    }
}
