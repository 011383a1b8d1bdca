package org.zhifa.cases.process;

import static org.zhifa.cases.process.ApplicationCaseProcess.ACCEPTED_AT;
import static org.zhifa.cases.process.ApplicationCaseProcess.DECISION_DEADLINE;
import static org.zhifa.cases.process.ApplicationCaseProcess.DECISION_LAST_DAY;
import static org.zhifa.cases.process.ApplicationCaseProcess.DECISION_WORKING_DAYS;
import static org.zhifa.cases.process.ApplicationCaseProcess.NOTICE_LAST_DAY;
import static org.zhifa.cases.process.ApplicationCaseProcess.PAUSED_WORKING_DAYS;
import static org.zhifa.cases.process.ApplicationCaseProcess.RECEIVED_AT;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_KIND;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_LEGAL_BASIS;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_NAME;
import static org.zhifa.cases.process.CaseVariables.AGENCY_CODE;
import static org.zhifa.cases.process.CaseVariables.AGENCY_NAME;
import static org.zhifa.cases.process.CaseVariables.APPLICANT_NAME;
import static org.zhifa.cases.process.CaseVariables.DECISION_DATE;
import static org.zhifa.cases.process.CaseVariables.DECISION_NUMBER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.cases.DecisionNumbers;
import org.zhifa.directory.Directory;
import org.zhifa.evidence.CaseDocument;

/**
 * The service steps of application cases, each a thin delegate: deemed acceptance (RM10.2), acceptance and
 * non-acceptance with their notices (RM10.4), the licensing decision with its number, certificate and service
 * deadline of 10 working days (RM10.9, RM10.10, Licensing Law Art. 44), and {@link DecisionMade} for disclosure.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationDecisions {

    private static final int SERVICE_WORKING_DAYS = 10;
    private static final String LICENSING_DOCUMENT = "许";

    @Bean
    JavaDelegate applicationDeemedAcceptance() {
        return execution -> {
            execution.setVariable("deemedAccepted", true);
            execution.setVariable(ACCEPTED_AT, execution.getVariable(RECEIVED_AT));
            execution.setVariable("deemedAcceptanceReason", "收到申请材料后五个工作日内（至 " + execution.getVariable(NOTICE_LAST_DAY)
                    + "）未一次性告知补正内容，依《行政许可法》第三十二条自收到申请材料之日起即为受理");
        };
    }

    @Bean
    JavaDelegate applicationAcceptance(WorkingDays workingDays, Clock clock, DocumentIssuer documents) {
        return execution -> {
            LocalDate accepted = execution.getVariable(ACCEPTED_AT) == null ? LocalDate.now(clock)
                    : LocalDate.parse((String) execution.getVariable(ACCEPTED_AT));
            LocalDate lastDay = workingDays.after(accepted, (Integer) execution.getVariable(DECISION_WORKING_DAYS));
            execution.setVariable(ACCEPTED_AT, accepted.toString());
            execution.setVariable(DECISION_LAST_DAY, lastDay.toString());
            execution.setVariable(DECISION_DEADLINE, Deadline.endOf(lastDay, clock.getZone()));
            execution.setVariable(PAUSED_WORKING_DAYS, 0);
            documents.issue(execution, execution.getProcessBusinessKey(), "acceptanceDocument", "受理通知书", "受理通知书.html",
                    DocumentTexts.acceptanceNotice(execution::getVariable, LocalDate.now(clock).toString()));
        };
    }

    @Bean
    JavaDelegate applicationRejection(Clock clock, DocumentIssuer documents) {
        return execution -> documents.issue(execution, execution.getProcessBusinessKey(), "nonAcceptanceDocument",
                "不予受理决定书", "不予受理决定书.html", DocumentTexts.nonAcceptance(execution::getVariable, LocalDate.now(clock).toString()));
    }

    @Bean
    JavaDelegate certificateIssuing(Directory directory, DecisionNumbers numbers, DocumentIssuer documents,
            WorkingDays workingDays, Clock clock, CaseDecisions decisions) {
        return execution -> {
            LocalDate today = LocalDate.now(clock);
            String certificate = numbers.certificate((String) execution.getVariable("serviceItemCode"), today.getYear());
            execution.setVariable("certificateNumber", certificate);
            decide(execution, true, directory, numbers, documents, workingDays, clock, decisions);
        };
    }

    @Bean
    JavaDelegate refusalIssuing(Directory directory, DecisionNumbers numbers, DocumentIssuer documents,
            WorkingDays workingDays, Clock clock, CaseDecisions decisions) {
        return execution -> decide(execution, false, directory, numbers, documents, workingDays, clock, decisions);
    }

    private static void decide(DelegateExecution execution, boolean granted, Directory directory,
            DecisionNumbers numbers, DocumentIssuer documents, WorkingDays workingDays, Clock clock,
            CaseDecisions decisions) {
        LocalDate today = LocalDate.now(clock);
        String agencyCode = (String) execution.getVariable(AGENCY_CODE);
        String shortName = directory.agency(agencyCode).map(a -> a.getShortName()).orElse(agencyCode);
        String number = numbers.next(agencyCode, shortName, LICENSING_DOCUMENT, today.getYear());
        execution.setVariable(DECISION_NUMBER, number);
        execution.setVariable(DECISION_DATE, today.toString());
        CaseDocument document = documents.issue(execution, execution.getProcessBusinessKey(), "decisionDocument",
                granted ? "准予行政许可决定书" : "不予行政许可决定书", number + ".html",
                DocumentTexts.licensingDecision(execution::getVariable, number, today.toString(), granted));
        LocalDate serviceLastDay = workingDays.after(today, SERVICE_WORKING_DAYS);
        execution.setVariable("serviceLastDay", serviceLastDay.toString());
        execution.setVariable("serviceDeadline", Deadline.endOf(serviceLastDay, clock.getZone()));
        decisions.issued(new CaseDecisions.Decision(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
                (String) execution.getVariable(SERVICE_ITEM_KIND), granted ? "grant" : "refuse", agencyCode,
                (String) execution.getVariable(AGENCY_NAME), number, today,
                (String) execution.getVariable(SERVICE_ITEM_NAME), (String) execution.getVariable("applicantType"),
                (String) execution.getVariable(APPLICANT_NAME), (String) execution.getVariable("legalRepresentative"),
                List.of(), null, (String) execution.getVariable(granted ? "examinationOpinion" : "decisionReasons"),
                (String) execution.getVariable(SERVICE_ITEM_LEGAL_BASIS),
                (String) execution.getVariable("certificateNumber"), document.sha256(),
                (String) execution.getVariable("applicantIdNumber"), (String) execution.getVariable("applicantAddress"),
                (String) execution.getVariable("applicantPhone")));
    }
}
