package org.zhifa.cases.process;

import static org.zhifa.cases.process.ApplicationCaseProcess.APPLICATION_NUMBER;
import static org.zhifa.cases.process.ApplicationCaseProcess.DECISION_WORKING_DAYS;
import static org.zhifa.cases.process.ApplicationCaseProcess.MATERIALS_PROVIDED;
import static org.zhifa.cases.process.ApplicationCaseProcess.MISSING_MATERIALS;
import static org.zhifa.cases.process.ApplicationCaseProcess.MISSING_MATERIALS_NAMES;
import static org.zhifa.cases.process.ApplicationCaseProcess.MISSING_MATERIALS_TEXT;
import static org.zhifa.cases.process.ApplicationCaseProcess.NOTICE_DEADLINE;
import static org.zhifa.cases.process.ApplicationCaseProcess.NOTICE_LAST_DAY;
import static org.zhifa.cases.process.ApplicationCaseProcess.RECEIVED_AT;
import static org.zhifa.cases.process.ApplicationCaseProcess.REQUIRED_MATERIALS;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_KIND;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_LEGAL_BASIS;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_NAME;
import static org.zhifa.cases.process.ApplicationCaseProcess.VERIFICATION_CODE;
import static org.zhifa.cases.process.CaseVariables.AGENCY_CODE;
import static org.zhifa.cases.process.CaseVariables.AGENCY_NAME;
import static org.zhifa.cases.process.CaseVariables.CASE_NUMBER;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.ApplicationCheck;
import org.zhifa.cases.internal.CaseValues;
import org.zhifa.directory.Directory;
import org.zhifa.directory.ServiceItem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Registers an application (RM10.1) against the service guide: the item and its agency, what is missing (for the
 * one-time notification, RM10.2), the 5-working-day notice deadline, the applicant's progress query code.
 */
@Component("applicationRegistration")
class ApplicationRegistration implements JavaDelegate {

    private static final int NOTICE_WORKING_DAYS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApplicationCheck check;
    private final Directory directory;
    private final WorkingDays workingDays;
    private final Clock clock;

    ApplicationRegistration(ApplicationCheck check, Directory directory, WorkingDays workingDays,
            Clock clock) {
        this.clock = clock;
        this.check = check;
        this.directory = directory;
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        ServiceItem item = check.validate(execution.getVariables(), today);
        List<String> provided = CaseValues.list(execution.getVariable(MATERIALS_PROVIDED));
        List<String> required = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ServiceItem.Material material : item.materials()) {
            names.put(material.code(), material.name());
            if (material.required()) {
                required.add(material.code());
            }
        }
        List<String> missing = ApplicationMaterials.missing(required, provided);
        Object received = execution.getVariable(RECEIVED_AT);
        LocalDate receivedAt = received == null ? today : LocalDate.parse(received.toString().substring(0, 10));
        LocalDate noticeLastDay = workingDays.after(receivedAt, NOTICE_WORKING_DAYS);

        execution.setVariable(APPLICATION_NUMBER, execution.getProcessBusinessKey());
        execution.setVariable(CASE_NUMBER, execution.getProcessBusinessKey());
        execution.setVariable(RECEIVED_AT, receivedAt.toString());
        execution.setVariable(SERVICE_ITEM_NAME, item.name());
        execution.setVariable(SERVICE_ITEM_KIND, item.kind());
        execution.setVariable(SERVICE_ITEM_LEGAL_BASIS, item.legalBasis());
        execution.setVariable("certificateName", item.certificateName());
        execution.setVariable(DECISION_WORKING_DAYS, item.decisionWorkingDays());
        execution.setVariable("legalReviewRequired", item.legalReviewRequired());
        execution.setVariable(AGENCY_CODE, item.agencyCode());
        execution.setVariable(AGENCY_NAME, directory.agency(item.agencyCode()).map(a -> a.getName()).orElse(item.agencyCode()));
        execution.setVariable(MATERIALS_PROVIDED, provided);
        execution.setVariable(REQUIRED_MATERIALS, required);
        execution.setVariable(MISSING_MATERIALS, missing);
        execution.setVariable(MISSING_MATERIALS_NAMES, json(names));
        execution.setVariable(MISSING_MATERIALS_TEXT, ApplicationMaterials.describe(names, missing));
        execution.setVariable(NOTICE_LAST_DAY, noticeLastDay.toString());
        execution.setVariable(NOTICE_DEADLINE, Deadline.endOf(noticeLastDay, clock.getZone()));
        if (execution.getVariable(VERIFICATION_CODE) == null) {
            execution.setVariable(VERIFICATION_CODE, "%06d".formatted(RANDOM.nextInt(1_000_000)));
        }
    }

    private static String json(Map<String, String> names) {
        try {
            return JSON.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
