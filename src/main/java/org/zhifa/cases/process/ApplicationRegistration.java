package org.zhifa.cases.process;

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
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.ApplicationCheck;
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
        List<String> provided = CaseValues.list(execution.getVariable("materialsProvided"));
        List<String> missing = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ServiceItem.Material material : item.materials()) {
            names.put(material.code(), material.name());
            if (material.required() && !provided.contains(material.code())) {
                missing.add(material.code());
            }
        }
        Object received = execution.getVariable("receivedAt");
        LocalDate receivedAt = received == null ? today : LocalDate.parse(received.toString().substring(0, 10));
        LocalDate noticeLastDay = workingDays.after(receivedAt, NOTICE_WORKING_DAYS);

        execution.setVariable("applicationNumber", execution.getProcessBusinessKey());
        execution.setVariable("caseNumber", execution.getProcessBusinessKey());
        execution.setVariable("receivedAt", receivedAt.toString());
        execution.setVariable("serviceItemName", item.name());
        execution.setVariable("serviceItemKind", item.kind());
        execution.setVariable("serviceItemLegalBasis", item.legalBasis());
        execution.setVariable("certificateName", item.certificateName());
        execution.setVariable("decisionWorkingDays", item.decisionWorkingDays());
        execution.setVariable("legalReviewRequired", item.legalReviewRequired());
        execution.setVariable("agencyCode", item.agencyCode());
        execution.setVariable("agencyName", directory.agency(item.agencyCode()).map(a -> a.getName()).orElse(item.agencyCode()));
        execution.setVariable("materialsProvided", provided);
        execution.setVariable("missingMaterials", missing);
        execution.setVariable("missingMaterialsNames", json(names));
        execution.setVariable("missingMaterialsText", ApplicationMaterials.describe(names, missing));
        execution.setVariable("noticeLastDay", noticeLastDay.toString());
        execution.setVariable("noticeDeadline", Deadlines.endOf(noticeLastDay, clock.getZone()));
        if (execution.getVariable("verificationCode") == null) {
            execution.setVariable("verificationCode", "%06d".formatted(RANDOM.nextInt(1_000_000)));
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
