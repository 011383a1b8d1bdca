package org.zhifa.cases;

import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_NAME;
import static org.zhifa.cases.process.CaseVariables.AGENCY_CODE;
import static org.zhifa.cases.process.CaseVariables.APPLICANT_NAME;
import static org.zhifa.cases.process.CaseVariables.DECISION_NUMBER;
import static org.zhifa.cases.process.CaseVariables.PARTY_NAME;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import org.zhifa.cases.process.ApplicationCaseProcess;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.engine.EngineCalls;

/**
 * What a case is, as its cover (卷宗封面, RM20) and supervisors read it, for modules that must not read the cases'
 * variables themselves. The case is the first process started under its business key, with the processes it called;
 * side processes started later under the same key (disclosure, releases, reports) are not the case.
 */
@Component
public class CaseSummaries {

    /**
     * @param kind           the model's name, e.g. 依职权行政执法案件
     * @param cause          案由 (officer-initiated cases)
     * @param serviceItem    申请事项 (application cases)
     * @param party          the party or applicant
     * @param endedAt        null while the case runs
     * @param retentionYears null until the case is archived
     * @param archivedBy     the user who filed the case (立卷人), null until archived
     * @param archivedAt     when the case was filed, null until archived
     */
    public record CaseSummary(String businessKey, String kind, String cause, String serviceItem, String party,
            String agencyCode, String decisionNumber, Instant startedAt, Instant endedAt, String dossierNumber,
            Integer retentionYears, String archivedBy, Instant archivedAt) {
    }

    /**
     * A case that has ended, as 案卷评查 draws them.
     *
     * @param kind the model's key
     */
    public record ClosedCase(String businessKey, String agencyCode, String kind, Instant endedAt) {
    }

    private static final int PAGE = 1000;

    private final ProcessEngine engine;

    CaseSummaries(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The case under {@code businessKey}, running or ended; empty when no process has that key. */
    public Optional<CaseSummary> summary(String businessKey) {
        return EngineCalls.asServer(engine, () -> {
            var history = engine.getHistoryService();
            List<HistoricProcessInstance> started = history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().asc().list();
            if (started.isEmpty()) {
                return Optional.empty();
            }
            HistoricProcessInstance main = started.get(0);
            List<String> ids = new ArrayList<>();
            started.stream().filter(i -> main.getId().equals(i.getRootProcessInstanceId()) || main.getId()
                    .equals(i.getId())).forEach(i -> ids.add(i.getId()));
            Map<String, Object> values = new HashMap<>();
            for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(ids.toArray(String[]::new)).list()) {
                if (v.getProcessInstanceId().equals(main.getId()) || !values.containsKey(v.getName())) {
                    values.put(v.getName(), v.getValue());
                }
            }
            var archived = history.createHistoricTaskInstanceQuery().processInstanceId(main.getId())
                    .taskDefinitionKey(OfficerInitiatedCaseProcess.TASK_ARCHIVE).finished()
                    .orderByHistoricTaskInstanceEndTime().desc().list().stream().findFirst();
            return Optional.of(new CaseSummary(businessKey, main.getProcessDefinitionName(), text(values, "caseCause"),
                    text(values, SERVICE_ITEM_NAME), values.containsKey(PARTY_NAME) ? text(values, PARTY_NAME)
                            : text(values, APPLICANT_NAME), text(values, AGENCY_CODE),
                    text(values, DECISION_NUMBER), main.getStartTime().toInstant(),
                    main.getEndTime() == null ? null : main.getEndTime().toInstant(), text(values, "dossierNumber"),
                    values.get("retentionYears") instanceof Number n ? n.intValue() : null,
                    archived.map(t -> t.getAssignee()).orElse(null),
                    archived.map(t -> t.getEndTime().toInstant()).orElse(null)));
        });
    }

    /**
     * Every case of the agencies that ended in {@code [from, until)}: officer-initiated and application cases, in the
     * order of their business keys. A case is the first process under its key, so the side processes do not count.
     */
    public List<ClosedCase> closed(Collection<String> agencyCodes, Instant from, Instant until) {
        return EngineCalls.asServer(engine, () -> {
            var history = engine.getHistoryService();
            List<ClosedCase> closed = new ArrayList<>();
            for (int first = 0;; first += PAGE) {
                List<HistoricProcessInstance> page = history.createHistoricProcessInstanceQuery()
                        .processDefinitionKeyIn(OfficerInitiatedCaseProcess.KEY, ApplicationCaseProcess.KEY)
                        .rootProcessInstances().finished().finishedAfter(Date.from(from.minusMillis(1)))
                        .finishedBefore(Date.from(until)).orderByProcessInstanceId().asc().listPage(first, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                Map<String, String> agencies = new HashMap<>();
                history.createHistoricVariableInstanceQuery().variableName(AGENCY_CODE)
                        .processInstanceIdIn(page.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                        .disableCustomObjectDeserialization().list()
                        .forEach(v -> agencies.put(v.getProcessInstanceId(), String.valueOf(v.getValue())));
                for (HistoricProcessInstance i : page) {
                    String agency = agencies.get(i.getId());
                    Instant ended = i.getEndTime().toInstant();
                    if (i.getBusinessKey() != null && agency != null && agencyCodes.contains(agency)
                            && !ended.isBefore(from) && ended.isBefore(until)) {
                        closed.add(new ClosedCase(i.getBusinessKey(), agency, i.getProcessDefinitionKey(), ended));
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            closed.sort(Comparator.comparing(ClosedCase::businessKey));
            return closed;
        });
    }

    private static String text(Map<String, Object> values, String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }
}
