package org.zhifa.cases;

import static org.zhifa.cases.process.ApplicationCaseProcess.ACCEPTED_AT;
import static org.zhifa.cases.process.ApplicationCaseProcess.DECISION_LAST_DAY;
import static org.zhifa.cases.process.ApplicationCaseProcess.MISSING_MATERIALS;
import static org.zhifa.cases.process.ApplicationCaseProcess.MISSING_MATERIALS_TEXT;
import static org.zhifa.cases.process.ApplicationCaseProcess.NOTICE_LAST_DAY;
import static org.zhifa.cases.process.ApplicationCaseProcess.RECEIVED_AT;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_NAME;
import static org.zhifa.cases.process.ApplicationCaseProcess.VERIFICATION_CODE;
import static org.zhifa.cases.process.CaseVariables.DECISION_DATE;
import static org.zhifa.cases.process.CaseVariables.DECISION_NUMBER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.cases.process.ApplicationCaseProcess;
import org.zhifa.engine.EngineCalls;
import org.zhifa.engine.InvalidSubmissionException;

/**
 * Applications from an online service hall or a window (RM10.1), and the applicant's progress query (PM8.2), which
 * shows the stage and its dates and nothing else about the case.
 */
@Service
public class Applications {


    private final ProcessEngine engine;
    private final ApplicationCheck check;
    private final Clock clock;

    Applications(ProcessEngine engine, ApplicationCheck check, Clock clock) {
        this.clock = clock;
        this.engine = engine;
        this.check = check;
    }

    /** What the applicant is told at once: the number, the query code, and everything that is missing (RM10.2). */
    public record Receipt(String applicationNumber, String verificationCode, String serviceItemName,
            List<String> missingMaterials, String missingMaterialsText, String noticeLastDay) {
    }

    /** The stage of an application and its dates, as the applicant may see them. */
    public record Status(String applicationNumber, String serviceItemName, String stage, LocalDate receivedAt,
            LocalDate acceptedAt, LocalDate decisionLastDay, LocalDate decisionDate, String result,
            List<String> completedSteps) {
    }

    /**
     * Starts an application case for the calling window clerk, the actor of its first step.
     *
     * @throws InvalidSubmissionException naming every wrong field; nothing is created then
     */
    @Transactional
    public Receipt submit(Map<String, Object> application) {
        check.validate(application, today());
        // checked above as this API takes it (ApplicationCheck), from a window clerk (the controller): the server starts it
        ProcessInstance instance = EngineCalls.asServer(engine, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(ApplicationCaseProcess.KEY, Variables.fromMap(application)));
        // the submitter may start applications without reading cases: the receipt is read on its behalf
        Map<String, Object> v = EngineCalls.asServer(engine, () -> {
            return engine.getRuntimeService().getVariables(instance.getId());
        });
        return new Receipt(instance.getBusinessKey(), (String) v.get(VERIFICATION_CODE), (String) v.get(SERVICE_ITEM_NAME),
                listOf(v.get(MISSING_MATERIALS)), (String) v.get(MISSING_MATERIALS_TEXT), (String) v.get(NOTICE_LAST_DAY));
    }

    /** The application's progress, if the number exists and the code is its own; empty otherwise (same answer). */
    public Optional<Status> status(String number, String code) {
        return EngineCalls.asServer(engine, () -> {
            var history = engine.getHistoryService();
            // an application number is one case; should history hold more under it, the first started is the application
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(ApplicationCaseProcess.KEY)
                    .processInstanceBusinessKey(number).orderByProcessInstanceStartTime().asc().listPage(0, 1).stream()
                    .findFirst().orElse(null);
            if (instance == null) {
                return Optional.<Status>empty();
            }
            Map<String, Object> v = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                    .list().stream().filter(x -> x.getValue() != null)
                    .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
                            (a, b) -> b, LinkedHashMap::new));
            if (code == null || !code.equals(v.get(VERIFICATION_CODE))) {
                return Optional.<Status>empty();
            }
            List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list();
            return Optional.of(new Status(number, (String) v.get(SERVICE_ITEM_NAME), stage(instance, steps),
                    date(v.get(RECEIVED_AT)), date(v.get(ACCEPTED_AT)), date(v.get(DECISION_LAST_DAY)),
                    date(v.get(DECISION_DATE)), result(v), steps.stream()
                            .filter(s -> s.getEndTime() != null && s.getActivityName() != null
                                    && (s.getActivityType().endsWith("Task") || s.getActivityType().endsWith("Event")))
                            .map(HistoricActivityInstance::getActivityName).distinct().toList()));
        });
    }

    private static String stage(HistoricProcessInstance instance, List<HistoricActivityInstance> steps) {
        Function<String, String> stageOf = activity -> switch (activity) {
            case ApplicationCaseProcess.TASK_CHECK_MATERIALS -> "材料审查中";
            case ApplicationCaseProcess.TASK_SUPPLEMENT -> "待申请人补正材料";
            case ApplicationCaseProcess.TASK_DECIDE -> "待作出决定";
            case ApplicationCaseProcess.TASK_SERVE_CERTIFICATE, ApplicationCaseProcess.TASK_SERVE_REFUSAL -> "已作出决定，待送达";
            case ApplicationCaseProcess.END_GRANTED -> "准予许可，已办结";
            case ApplicationCaseProcess.END_REFUSED -> "不予许可，已办结";
            case ApplicationCaseProcess.END_NOT_ACCEPTED -> "不予受理，已办结";
            case ApplicationCaseProcess.END_WITHDRAWN -> "申请人已撤回";
            default -> "审查中";
        };
        if (instance.getEndTime() != null) {
            return stageOf.apply(String.valueOf(instance.getEndActivityId()));
        }
        // open steps; timestamps have no fractions of a second on MySQL, so no ordering by time here
        return steps.stream().filter(s -> s.getEndTime() == null && "userTask".equals(s.getActivityType()))
                .map(s -> stageOf.apply(s.getActivityId())).findFirst().orElse("已收件");
    }

    private static String result(Map<String, Object> v) {
        Object decision = v.get("licensingDecision");
        if (v.get(DECISION_NUMBER) == null) {
            return null;
        }
        return ("grant".equals(decision) ? "准予许可" : "不予许可") + "（" + v.get(DECISION_NUMBER) + "）";
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
    }

    private static List<String> listOf(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
