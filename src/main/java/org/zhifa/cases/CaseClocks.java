package org.zhifa.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.zhifa.cases.process.ApplicationCaseProcess;
import org.zhifa.cases.process.CaseVariables;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.engine.EngineCalls;

/**
 * The statutory clocks of every running case, as supervision reads them: each with the day it started, its last
 * day and the steps open, read from where the case keeps them. A clock runs only while its act is still to be done:
 * the decision until it is issued, service until the decision is served, payment until performance is recorded, a
 * coercive measure until its outcome, the one-time notice until the materials are checked.
 */
@Service
public class CaseClocks {

    /** A kind of clock and the law that sets it. */
    public enum Kind {
        PENALTY_DECISION("行政处罚决定", "《行政处罚法》第六十条：立案之日起九十日内作出决定"),
        COERCIVE_MEASURE("行政强制措施期限", "《行政强制法》第二十五条：查封、扣押不超过三十日，可延长三十日"),
        SERVICE("决定书送达", "《行政处罚法》第六十一条、《行政许可法》第四十四条：七日、十日内送达"),
        PAYMENT("缴纳罚款", "《行政处罚法》第六十七条：收到决定书之日起十五日内缴纳"),
        LICENSING_DECISION("行政许可决定", "《行政许可法》第四十二条：受理之日起二十日内决定，可延长十日"),
        ONE_TIME_NOTICE("一次性告知补正", "《行政许可法》第三十二条：五日内一次告知需要补正的全部内容");

        private final String label;
        private final String law;

        Kind(String label, String law) {
            this.label = label;
            this.law = law;
        }

        public String label() {
            return label;
        }

        public String law() {
            return law;
        }
    }

    /**
     * One running clock.
     *
     * @param startedOn the day the period began, or null where the case does not keep it
     * @param handler   the case's officers by name, once they are named, else null
     * @param openSteps the names of the case's open steps
     */
    public record Clock(Kind kind, String businessKey, String processInstanceId, String agencyCode, String agencyName,
            String caseName, String handler, LocalDate startedOn, LocalDate lastDay, List<String> openSteps) {
    }

    private static final Set<String> SERVICE_STEPS = Set.of(OfficerInitiatedCaseProcess.TASK_SERVE_DECISION,
            ApplicationCaseProcess.TASK_SERVE_CERTIFICATE, ApplicationCaseProcess.TASK_SERVE_REFUSAL);

    private final ProcessEngine engine;

    CaseClocks(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * Every running clock of every running case, whatever the caller's engine authorizations: callers are restricted
     * at the API.
     */
    public List<Clock> running() {
        return EngineCalls.asServer(engine, () -> {
            List<Clock> clocks = new ArrayList<>();
            for (String model : List.of(OfficerInitiatedCaseProcess.KEY, ApplicationCaseProcess.KEY)) {
                Map<String, List<Task>> open = engine.getTaskService().createTaskQuery().processDefinitionKey(model)
                        .list().stream().collect(Collectors.groupingBy(Task::getProcessInstanceId));
                // suspended cases too: a suspension stops no statutory clock
                List<ProcessInstance> instances = engine.getRuntimeService().createProcessInstanceQuery()
                        .processDefinitionKey(model).list();
                Map<String, Map<String, Object>> variables = variables(instances);
                for (ProcessInstance instance : instances) {
                    clocks.addAll(of(instance, variables.getOrDefault(instance.getId(), Map.of()),
                            open.getOrDefault(instance.getId(), List.of())));
                }
            }
            return clocks;
        });
    }

    /** The variables the clocks are read from, of every instance in a few queries; none deserialized or changed. */
    private Map<String, Map<String, Object>> variables(List<ProcessInstance> instances) {
        Map<String, Map<String, Object>> byInstance = new java.util.HashMap<>();
        List<String> ids = instances.stream().map(ProcessInstance::getId).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            engine.getRuntimeService().createVariableInstanceQuery()
                    .processInstanceIdIn(ids.subList(from, Math.min(ids.size(), from + 500)).toArray(String[]::new))
                    .variableNameIn(NAMES).disableBinaryFetching().disableCustomObjectDeserialization().list()
                    .forEach(v -> {
                        Map<String, Object> values = byInstance.computeIfAbsent(v.getProcessInstanceId(),
                                id -> new java.util.HashMap<>());
                        // the case's own value over one a sub-process keeps
                        if (v.getProcessInstanceId().equals(v.getExecutionId()) || !values.containsKey(v.getName())) {
                            values.put(v.getName(), v.getValue());
                        }
                    });
        }
        return byInstance;
    }

    private static final String[] NAMES = { "caseLastDay", CaseVariables.FILED_AT, CaseVariables.DECISION_NUMBER,
            "coercionLastDay", "implementedAt", "serviceLastDay", CaseVariables.DECISION_DATE, "paymentLastDay",
            "servedAt", ApplicationCaseProcess.DECISION_LAST_DAY, ApplicationCaseProcess.ACCEPTED_AT,
            ApplicationCaseProcess.NOTICE_LAST_DAY, ApplicationCaseProcess.RECEIVED_AT, CaseVariables.AGENCY_CODE,
            CaseVariables.AGENCY_NAME, "caseCause", "serviceItemName", "officerNames" };

    private static List<Clock> of(ProcessInstance instance, Map<String, Object> v, List<Task> open) {
        Set<String> steps = open.stream().map(Task::getTaskDefinitionKey).collect(Collectors.toSet());
        List<String> names = open.stream().map(Task::getName).toList();
        boolean decided = v.get(CaseVariables.DECISION_NUMBER) != null;
        List<Clock> clocks = new ArrayList<>();
        java.util.function.BiConsumer<Kind, Object[]> add = (kind, days) -> {
            LocalDate last = date(days[1]);
            if (last != null) {
                clocks.add(new Clock(kind, instance.getBusinessKey(), instance.getId(),
                        text(v.get(CaseVariables.AGENCY_CODE)), text(v.get(CaseVariables.AGENCY_NAME)), name(v),
                        text(v.get("officerNames")), date(days[0]), last, names));
            }
        };
        // a case closed without a decision waits only to be archived: its 90 days no longer run
        if (!decided && v.containsKey("caseLastDay") && !steps.contains(OfficerInitiatedCaseProcess.TASK_ARCHIVE)) {
            add.accept(Kind.PENALTY_DECISION, new Object[] { v.get(CaseVariables.FILED_AT), v.get("caseLastDay") });
        }
        // the measure stays in force while its extension waits for approval
        if (steps.contains(OfficerInitiatedCaseProcess.TASK_COERCION_OUTCOME)
                || steps.contains(OfficerInitiatedCaseProcess.TASK_COERCION_EXTENSION)) {
            add.accept(Kind.COERCIVE_MEASURE, new Object[] { v.get("implementedAt"), v.get("coercionLastDay") });
        }
        if (steps.stream().anyMatch(SERVICE_STEPS::contains)) {
            add.accept(Kind.SERVICE, new Object[] { v.get(CaseVariables.DECISION_DATE), v.get("serviceLastDay") });
        }
        if (steps.contains(OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE)) {
            add.accept(Kind.PAYMENT, new Object[] { v.get("servedAt"), v.get("paymentLastDay") });
        }
        if (!decided && v.containsKey(ApplicationCaseProcess.DECISION_LAST_DAY)) {
            add.accept(Kind.LICENSING_DECISION, new Object[] { v.get(ApplicationCaseProcess.ACCEPTED_AT),
                    v.get(ApplicationCaseProcess.DECISION_LAST_DAY) });
        }
        if (steps.contains(ApplicationCaseProcess.TASK_CHECK_MATERIALS)) {
            add.accept(Kind.ONE_TIME_NOTICE, new Object[] { v.get(ApplicationCaseProcess.RECEIVED_AT),
                    v.get(ApplicationCaseProcess.NOTICE_LAST_DAY) });
        }
        return clocks;
    }

    private static String name(Map<String, Object> v) {
        Object cause = v.get("caseCause");
        return text(cause != null ? cause : v.get("serviceItemName"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A day as the cases keep it ({@code 2026-03-02}, or the start of a local date-time). */
    private static LocalDate date(Object value) {
        String text = text(value);
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
