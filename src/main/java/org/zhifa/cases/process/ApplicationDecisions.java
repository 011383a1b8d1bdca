package org.zhifa.cases.process;

import static org.zhifa.cases.process.ApplicationCaseProcess.ACCEPTED_AT;
import static org.zhifa.cases.process.ApplicationCaseProcess.DECISION_DEADLINE;
import static org.zhifa.cases.process.ApplicationCaseProcess.DECISION_LAST_DAY;
import static org.zhifa.cases.process.ApplicationCaseProcess.DECISION_WORKING_DAYS;
import static org.zhifa.cases.process.ApplicationCaseProcess.NOTICE_LAST_DAY;
import static org.zhifa.cases.process.ApplicationCaseProcess.PAUSED_WORKING_DAYS;
import static org.zhifa.cases.process.ApplicationCaseProcess.RECEIVED_AT;
import static org.zhifa.cases.process.CaseVariables.AGENCY_CODE;
import static org.zhifa.cases.process.CaseVariables.DECISION_DATE;
import static org.zhifa.cases.process.CaseVariables.DECISION_NUMBER;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.cases.LicensingDecisions;
import org.zhifa.cases.internal.DocumentValues;
import org.zhifa.documents.DocumentKind;

/**
 * The service steps of application cases: deemed acceptance (RM10.2), acceptance and non-acceptance with their
 * notices (RM10.4), the licensing decision with its number, certificate and service deadline of 10 working days
 * (RM10.9, RM10.10, Licensing Law Art. 44) issued by {@link LicensingDecisions} and kept by {@link CaseDecisions}.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationDecisions {

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
            documents.issue(execution, execution.getProcessBusinessKey(), "acceptanceDocument",
                    DocumentKind.ACCEPTANCE_NOTICE, DocumentValues.acceptanceNotice(execution::getVariable));
        };
    }

    @Bean
    JavaDelegate applicationRejection(DocumentIssuer documents) {
        return execution -> documents.issue(execution, execution.getProcessBusinessKey(), "nonAcceptanceDocument",
                DocumentKind.NON_ACCEPTANCE_DECISION, DocumentValues.nonAcceptance(execution::getVariable));
    }

    @Bean
    JavaDelegate certificateIssuing(LicensingDecisions decisions, Clock clock) {
        return execution -> decide(execution, true, decisions, clock);
    }

    @Bean
    JavaDelegate refusalIssuing(LicensingDecisions decisions, Clock clock) {
        return execution -> decide(execution, false, decisions, clock);
    }

    private static void decide(DelegateExecution execution, boolean granted, LicensingDecisions decisions, Clock clock) {
        String businessKey = execution.getProcessBusinessKey();
        LicensingDecisions.Issued issued = decisions.issue(new LicensingDecisions.Decided(businessKey,
                execution.getProcessInstanceId(), execution.getCurrentActivityId(), (String) execution.getVariable(AGENCY_CODE),
                (String) execution.getVariable("serviceItemCode"), granted, execution::getVariable,
                DocumentIssuer.actor()));
        if (granted) {
            execution.setVariable("certificateNumber", issued.certificateNumber());
        }
        execution.setVariable(DECISION_NUMBER, issued.number());
        execution.setVariable(DECISION_DATE, issued.date().toString());
        DocumentIssuer.link(execution, businessKey, "decisionDocument", issued.document(), issued.ofd());
        execution.setVariable("serviceLastDay", issued.serviceLastDay().toString());
        execution.setVariable("serviceDeadline", Deadline.endOf(issued.serviceLastDay(), clock.getZone()));
    }
}
