package org.zhifa.cases.process;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.CaseSettings;
import org.zhifa.cases.DecisionMade;
import org.zhifa.cases.DecisionNumbers;
import org.zhifa.cases.OfficerCaseSettings;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.evidence.CaseDocument;

/**
 * Issues the approved decision (RM11.17): the next document number of the agency and year, the decision document,
 * the service deadline of 7 working days (Penalty Law Art. 61), what remains to be performed, and
 * {@link DecisionMade} for disclosure.
 */
@Component("decisionIssuing")
class DecisionIssuing implements JavaDelegate {

    private static final String PENALTY_DOCUMENT = "罚";

    private final Directory directory;
    private final DecisionNumbers numbers;
    private final DocumentIssuer documents;
    private final WorkingDays workingDays;
    private final OfficerCaseSettings settings;
    private final CaseSettings cases;
    private final ApplicationEventPublisher events;

    DecisionIssuing(Directory directory, DecisionNumbers numbers, DocumentIssuer documents, WorkingDays workingDays,
            OfficerCaseSettings settings, CaseSettings cases, ApplicationEventPublisher events) {
        this.directory = directory;
        this.numbers = numbers;
        this.documents = documents;
        this.workingDays = workingDays;
        this.settings = settings;
        this.cases = cases;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agencyCode = (String) execution.getVariable("agencyCode");
        Agency agency = directory.agency(agencyCode)
                .orElseThrow(() -> new IllegalStateException("执法机关 " + agencyCode + " 未登记"));
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(cases.timeZone()).toLocalDate();
        String number = numbers.next(agencyCode, agency.getShortName(), PENALTY_DOCUMENT, today.getYear());
        List<String> penalties = CaseValues.list(execution.getVariable("penalties"));
        String businessKey = execution.getProcessBusinessKey();

        execution.setVariable("decisionNumber", number);
        execution.setVariable("decisionDate", today.toString());
        CaseDocument document = documents.issue(execution, businessKey, "decisionDocument",
                penalties.contains(Penalties.NO_PENALTY) ? "不予行政处罚决定书" : "行政处罚决定书", number + ".html",
                DocumentTexts.decision(execution, number, today.toString(), penalties));
        LocalDate serviceLastDay = workingDays.after(today, settings.serviceWorkingDays());
        execution.setVariable("serviceLastDay", serviceLastDay.toString());
        execution.setVariable("serviceDeadline", Deadlines.endOf(serviceLastDay, cases.timeZone()));
        execution.setVariable("performanceRequired", Penalties.needPerformance(penalties));
        execution.setVariable("confiscationDisposalRequired", penalties.contains(Penalties.CONFISCATE_ITEMS));

        events.publishEvent(new DecisionMade(businessKey, execution.getProcessInstanceId(),
                (String) execution.getVariable("caseKind"),
                penalties.contains(Penalties.NO_PENALTY) ? "noPenalty" : "penalty", agencyCode, agency.getName(), number,
                today,
                (String) execution.getVariable("caseCause"), (String) execution.getVariable("partyType"),
                (String) execution.getVariable("partyName"), (String) execution.getVariable("legalRepresentative"),
                penalties, CaseValues.money(execution.getVariable("fineAmount")),
                (String) execution.getVariable("facts"), (String) execution.getVariable("legalBasis"), null,
                document.sha256(), (String) execution.getVariable("partyIdNumber"),
                (String) execution.getVariable("partyAddress"), (String) execution.getVariable("partyPhone")));
    }
}
