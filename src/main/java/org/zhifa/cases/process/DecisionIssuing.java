package org.zhifa.cases.process;

import static org.zhifa.cases.process.CaseVariables.AGENCY_CODE;
import static org.zhifa.cases.process.CaseVariables.DECISION_DATE;
import static org.zhifa.cases.process.CaseVariables.DECISION_NUMBER;
import static org.zhifa.cases.process.CaseVariables.PARTY_NAME;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.cases.DecisionNumbers;
import org.zhifa.cases.OfficerCaseSettings;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.evidence.CaseDocument;

/**
 * Issues the approved decision (RM11.17): the next document number of the agency and year, the decision document,
 * the service deadline of 7 working days (Penalty Law Art. 61), what remains to be performed, and
 * the issued decision, announced for disclosure and the statistics ({@link CaseDecisions#issued}).
 */
@Component("decisionIssuing")
class DecisionIssuing implements JavaDelegate {

    private static final String PENALTY_DOCUMENT = "罚";

    private final Directory directory;
    private final DecisionNumbers numbers;
    private final DocumentIssuer documents;
    private final WorkingDays workingDays;
    private final OfficerCaseSettings settings;
    private final CaseDecisions decisions;
    private final CaseParticipants participants;
    private final Clock clock;

    DecisionIssuing(Directory directory, DecisionNumbers numbers, DocumentIssuer documents, WorkingDays workingDays,
            OfficerCaseSettings settings, CaseDecisions decisions, CaseParticipants participants, Clock clock) {
        this.directory = directory;
        this.numbers = numbers;
        this.documents = documents;
        this.workingDays = workingDays;
        this.settings = settings;
        this.decisions = decisions;
        this.participants = participants;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agencyCode = (String) execution.getVariable(AGENCY_CODE);
        Agency agency = directory.agency(agencyCode)
                .orElseThrow(() -> new IllegalStateException("执法机关 " + agencyCode + " 未登记"));
        LocalDate today = LocalDate.now(clock);
        String businessKey = execution.getProcessBusinessKey();
        // what the reviews and the leader approved: the opinion and the party as the case's steps recorded them
        RecordedCase record = participants.recorded(businessKey).ofInstance(execution.getProcessInstanceId());
        Function<String, Object> reviewed = record.orElse(execution::getVariable);
        List<String> penalties = RecordedCase.list(record.lastValues("Task_HandlerOpinion").get("penalties"));
        String unreviewed = ReviewChain.missing(record);
        if (unreviewed != null) {
            throw new InvalidSubmissionException("制作决定书", List.of(new FieldError("leaderDecision", "审批意见",
                    unreviewed + "：不能作出决定")));
        }
        String difference = NoticeComparison.difference(record.lastValues("Task_NotifyRights"), penalties,
                CaseValues.money(reviewed.apply("fineAmount")));
        if (difference != null) {
            throw new InvalidSubmissionException("制作决定书", List.of(new FieldError("penalties", "处理意见",
                    difference + "：须重新告知当事人后才能作出决定（《行政处罚法》第四十四条、第四十五条）")));
        }
        String number = numbers.next(agencyCode, agency.getShortName(), PENALTY_DOCUMENT, today.getYear());

        execution.setVariable(DECISION_NUMBER, number);
        execution.setVariable(DECISION_DATE, today.toString());
        CaseDocument document = documents.issue(execution, businessKey, "decisionDocument",
                penalties.contains(Penalties.NO_PENALTY) ? "不予行政处罚决定书" : "行政处罚决定书", number + ".html",
                DocumentTexts.decision(reviewed, number, today.toString(), penalties));
        LocalDate serviceLastDay = workingDays.after(today, settings.serviceWorkingDays());
        execution.setVariable("serviceLastDay", serviceLastDay.toString());
        execution.setVariable("serviceDeadline", Deadline.endOf(serviceLastDay, clock.getZone()));
        execution.setVariable("performanceRequired", Penalties.needPerformance(penalties));
        execution.setVariable("confiscationDisposalRequired", penalties.contains(Penalties.CONFISCATE_ITEMS));

        decisions.issued(new CaseDecisions.Decision(businessKey, execution.getProcessInstanceId(),
                text(reviewed, "caseKind"),
                penalties.contains(Penalties.NO_PENALTY) ? "noPenalty" : "penalty", agencyCode, agency.getName(), number,
                today, text(reviewed, "caseCause"), text(reviewed, "partyType"), text(reviewed, PARTY_NAME),
                text(reviewed, "legalRepresentative"), penalties, CaseValues.money(reviewed.apply("fineAmount")),
                text(reviewed, "facts"), text(reviewed, "legalBasis"), null, document.sha256(),
                text(reviewed, "partyIdNumber"), text(reviewed, "partyAddress"), text(reviewed, "partyPhone")));
    }

    private static String text(Function<String, Object> values, String name) {
        Object value = values.apply(name);
        return value == null ? null : value.toString();
    }
}
