package org.zhifa.cases;

import static org.zhifa.cases.internal.CaseValues.text;
import static org.zhifa.cases.process.CaseVariables.PARTY_NAME;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.internal.CaseValues;
import org.zhifa.cases.internal.DocumentValues;
import org.zhifa.cases.internal.Penalties;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.documents.DocumentKind;
import org.zhifa.documents.Documents;
import org.zhifa.evidence.CaseDocument;

/**
 * Issues an approved penalty decision (RM11.17): the next document number of the agency and year (决定书文号), the
 * decision document (行政处罚决定书 or 不予行政处罚决定书) stored with the case, the last day to serve it (7 working days,
 * Penalty Law Art. 61), and the issued decision kept by {@link CaseDecisions}, which announces it for disclosure and
 * the statistics.
 */
@Service
public class PenaltyDecisions {

    private static final String PENALTY_DOCUMENT = "罚";

    /**
     * A decision as the leader approved it.
     *
     * @param reviewed the case's values as its steps recorded them (the record wins over a later variable)
     * @param step     the issuing step (BPMN activity id)
     * @param actor    who completed the approving step
     */
    public record Approved(String businessKey, String processInstanceId, String step, String agencyCode,
            List<String> penalties, Function<String, Object> reviewed, String actor) {
    }

    /**
     * What issuing derived.
     *
     * @param ofd the decision's OFD copy as stored
     */
    public record Issued(String number, LocalDate date, CaseDocument document, CaseDocument ofd,
            LocalDate serviceLastDay) {
    }

    private final Directory directory;
    private final DecisionNumbers numbers;
    private final Documents documents;
    private final CaseDecisions decisions;
    private final WorkingDays workingDays;
    private final OfficerCaseSettings settings;
    private final Clock clock;

    PenaltyDecisions(Directory directory, DecisionNumbers numbers, Documents documents, CaseDecisions decisions,
            WorkingDays workingDays, OfficerCaseSettings settings, Clock clock) {
        this.directory = directory;
        this.numbers = numbers;
        this.documents = documents;
        this.decisions = decisions;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(Approved approved) {
        Agency agency = directory.agency(approved.agencyCode())
                .orElseThrow(() -> new IllegalStateException("执法机关 " + approved.agencyCode() + " 未登记"));
        LocalDate today = LocalDate.now(clock);
        List<String> penalties = approved.penalties();
        boolean none = penalties.contains(Penalties.NO_PENALTY);
        Function<String, Object> reviewed = approved.reviewed();
        String number = numbers.next(agency.getCode(), agency.getShortName(), PENALTY_DOCUMENT, today.getYear());
        Documents.Issued issued = documents.issue(new Documents.Issue(
                none ? DocumentKind.NO_PENALTY_DECISION : DocumentKind.PENALTY_DECISION, approved.businessKey(),
                approved.step(), agency.getCode(), agency.getName(), number, today, DocumentValues.decision(reviewed, penalties),
                approved.actor()));
        CaseDocument document = issued.stored();
        decisions.issued(new CaseDecisions.Decision(approved.businessKey(), approved.processInstanceId(),
                text(reviewed, "caseKind"), none ? "noPenalty" : "penalty", agency.getCode(), agency.getName(), number,
                today, text(reviewed, "caseCause"), text(reviewed, "partyType"), text(reviewed, PARTY_NAME),
                text(reviewed, "legalRepresentative"), penalties, CaseValues.money(reviewed.apply("fineAmount")),
                text(reviewed, "facts"), text(reviewed, "legalBasis"), null, document.sha256(),
                text(reviewed, "partyIdNumber"), text(reviewed, "partyAddress"), text(reviewed, "partyPhone")));
        return new Issued(number, today, document, issued.ofd(), workingDays.after(today,
                settings.serviceWorkingDays()));
    }
}
