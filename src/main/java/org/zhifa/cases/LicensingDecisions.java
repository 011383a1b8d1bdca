package org.zhifa.cases;

import static org.zhifa.cases.internal.CaseValues.text;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_KIND;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_LEGAL_BASIS;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_NAME;
import static org.zhifa.cases.process.CaseVariables.AGENCY_NAME;
import static org.zhifa.cases.process.CaseVariables.APPLICANT_NAME;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.internal.CaseValues;
import org.zhifa.cases.internal.DocumentValues;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.documents.DocumentKind;
import org.zhifa.documents.Documents;
import org.zhifa.evidence.CaseDocument;

/**
 * Issues a licensing decision (RM10.9, RM10.10): the next document number of the agency and year, for a grant the
 * licence's certificate number, the decision document (准予 or 不予行政许可决定书) stored with the case, the last day to
 * serve it (10 working days, Licensing Law Art. 44), and the issued decision kept by {@link CaseDecisions}, which
 * announces it for disclosure and the statistics.
 */
@Service
public class LicensingDecisions {

    private static final int SERVICE_WORKING_DAYS = 10;
    private static final String LICENSING_DOCUMENT = "许";

    /**
     * A licensing decision as the leader made it.
     *
     * @param serviceItemCode the service item applied for, whose certificates are numbered
     * @param values          the application's values
     * @param step            the issuing step (BPMN activity id)
     * @param actor           who completed the deciding step
     */
    public record Decided(String businessKey, String processInstanceId, String step, String agencyCode,
            String serviceItemCode, boolean granted, Function<String, Object> values, String actor) {
    }

    /**
     * What issuing derived; the certificate number only for a grant.
     *
     * @param ofd the decision's OFD copy as stored
     */
    public record Issued(String number, LocalDate date, String certificateNumber, CaseDocument document,
            CaseDocument ofd, LocalDate serviceLastDay) {
    }

    private final Directory directory;
    private final DecisionNumbers numbers;
    private final Documents documents;
    private final CaseDecisions decisions;
    private final WorkingDays workingDays;
    private final Clock clock;

    LicensingDecisions(Directory directory, DecisionNumbers numbers, Documents documents, CaseDecisions decisions,
            WorkingDays workingDays, Clock clock) {
        this.directory = directory;
        this.numbers = numbers;
        this.documents = documents;
        this.decisions = decisions;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(Decided decided) {
        // the case's agency as it was registered with the case; its document prefix from the directory if listed
        String agencyCode = decided.agencyCode();
        String shortName = directory.agency(agencyCode).map(Agency::getShortName).orElse(agencyCode);
        LocalDate today = LocalDate.now(clock);
        boolean granted = decided.granted();
        String certificate = granted ? numbers.certificate(decided.serviceItemCode(), today.getYear())
                : text(decided.values(), "certificateNumber");
        Function<String, Object> values = !granted ? decided.values()
                : name -> "certificateNumber".equals(name) ? certificate : decided.values().apply(name);
        String number = numbers.next(agencyCode, shortName, LICENSING_DOCUMENT, today.getYear());
        Documents.Issued issued = documents.issue(new Documents.Issue(
                granted ? DocumentKind.LICENCE_GRANT : DocumentKind.LICENCE_REFUSAL, decided.businessKey(),
                decided.step(), agencyCode,
                text(values, AGENCY_NAME), number, today, DocumentValues.licensingDecision(values, granted),
                decided.actor()));
        CaseDocument document = issued.stored();
        decisions.issued(new CaseDecisions.Decision(decided.businessKey(), decided.processInstanceId(),
                text(values, SERVICE_ITEM_KIND), granted ? "grant" : "refuse", agencyCode, text(values, AGENCY_NAME),
                number, today, text(values, SERVICE_ITEM_NAME), text(values, "applicantType"),
                text(values, APPLICANT_NAME), text(values, "legalRepresentative"), List.of(), null,
                text(values, granted ? "examinationOpinion" : "decisionReasons"), text(values, SERVICE_ITEM_LEGAL_BASIS),
                certificate, document.sha256(), text(values, "applicantIdNumber"), text(values, "applicantAddress"),
                text(values, "applicantPhone")));
        return new Issued(number, today, certificate, document, issued.ofd(),
                workingDays.after(today, SERVICE_WORKING_DAYS));
    }
}
