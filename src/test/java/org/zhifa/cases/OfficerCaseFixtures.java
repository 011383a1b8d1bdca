package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

import org.zhifa.cases.process.OfficerInitiatedCaseProcess;

/**
 * Officer-initiated cases driven through the engine's Java API as the demo users would work them in Tasklist, with
 * the values Tasklist submits (dates as {@code yyyy-MM-dd} strings, checklists as lists).
 */
public final class OfficerCaseFixtures {

    public static final String PROCESS = OfficerInitiatedCaseProcess.KEY;
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ProcessEngine engine;

    public OfficerCaseFixtures(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Engine time, China time zone, 09:00 of the day. */
    public static void today(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(CHINA).toInstant()));
    }

    public static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(CHINA).toLocalDate();
    }

    public static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    /** zhangsan reports a case against a person or an organisation. */
    public ProcessInstance report(String caseKind, String partyType) {
        return as("zhangsan", () -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS, values(
                "caseKind", caseKind, "source", "complaint", "sourceDetail", "消费者投诉超市销售过期食品",
                "caseCause", "涉嫌销售超过保质期的食品", "partyType", partyType,
                "partyName", partyType.equals("person") ? "王𠮷" : "昆明𠮷祥商贸有限公司",
                "partyIdNumber", partyType.equals("person") ? "530102199001011231" : "91530100MA6K000000",
                "legalRepresentative", partyType.equals("person") ? null : "李强",
                "partyAddress", "昆明市五华区人民中路 1 号", "reportedAt", today().toString())));
    }

    /** From the report to the open investigation: filing approved by sunqi, officers zhangsan and lisi. */
    public ProcessInstance filedAndInvestigating(String caseKind, String partyType) {
        ProcessInstance instance = report(caseKind, partyType);
        complete(instance, "sunqi", OfficerInitiatedCaseProcess.TASK_FILING_APPROVAL, values("filingDecision", "approve", "filingOpinion", "同意立案"));
        complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS, officers("53010012345", "53010012346"));
        return instance;
    }

    public static Map<String, Object> officers(String first, String second) {
        return values("officer1Certificate", first, "officer2Certificate", second, "certificatesShown", true,
                "shownAt", today().toString());
    }

    /** One questioning, then the investigation closes with the violation established (or not). */
    public void investigate(ProcessInstance instance, boolean established) {
        complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_INVESTIGATION, values("nextStep", "questioning"));
        complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_QUESTIONING, values("questionedPerson", "王𠮷", "questionedRole", "party",
                "questionedAt", today().toString(), "questioningPlace", "超市办公室", "transcriptSummary", "承认销售过期食品"));
        complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_INVESTIGATION, values("nextStep", "close", "violationFinding",
                established ? "established" : "notEstablished", "investigationSummary", "调查终结", "expertReviewNeeded", false));
    }

    public void notifyRights(ProcessInstance instance, List<String> penalties, Object fine) {
        complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_NOTIFY_RIGHTS, values("proposedPenalties", penalties, "proposedFine", fine,
                "proposedDetails", "违反《食品安全法》第三十四条", "noticeServedAt", today().toString(),
                "noticeServiceMethod", "inPerson"));
    }

    public void noHearing(ProcessInstance instance) {
        complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_RECORD_PARTY_RESPONSE, values("statementMade", true, "statementSummary",
                "请求从轻处罚", "recusalRequested", false, "hearingRequested", false));
    }

    public void opinion(ProcessInstance instance, List<String> penalties, Object fine) {
        complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_HANDLER_OPINION, values("facts", "当事人销售超过保质期的食品 12 件",
                "evidenceList", "现场检查笔录、询问笔录、照片", "legalBasis", "《食品安全法》第一百二十四条",
                "discretionRule", "首次违法，从轻", "penalties", penalties, "fineAmount", fine,
                "opinion", "建议给予行政处罚"));
    }

    public void unitApproves(ProcessInstance instance, boolean complex) {
        complete(instance, "wangwu", OfficerInitiatedCaseProcess.TASK_UNIT_REVIEW, values("unitDecision", "approve", "unitOpinion", "同意",
                "complexCase", complex));
    }

    /**
     * A case against the party, investigated, notified, not heard, with the handler's opinion approved by the unit:
     * waiting at legal review, collective discussion or the leader's approval, as the penalties require.
     */
    public ProcessInstance reviewedByUnit(String partyType, List<String> penalties, Object fine) {
        ProcessInstance instance = filedAndInvestigating("penalty", partyType);
        investigate(instance, true);
        notifyRights(instance, penalties, fine);
        noHearing(instance);
        opinion(instance, penalties, fine);
        unitApproves(instance, false);
        return instance;
    }

    public static Map<String, Object> legalApproval() {
        return values("checkCompetence", true, "checkFacts", true, "checkEvidence", true, "checkLegalBasis", true,
                "checkDiscretion", true, "checkProcedure", true, "checkRights", true, "legalDecision", "approve",
                "legalOpinion", "同意");
    }

    public void leaderApproves(ProcessInstance instance) {
        complete(instance, "sunqi", OfficerInitiatedCaseProcess.TASK_LEADER_APPROVAL, values("leaderDecision", "approve", "leaderOpinion", "同意"));
    }

    public void serve(ProcessInstance instance) {
        complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_SERVE_DECISION, values("serviceMethod", "inPerson", "servedAt",
                today().toString(), "recipient", "王𠮷", "receiptNumber", "SD-001"));
    }

    public void archive(ProcessInstance instance) {
        complete(instance, "zhengshi", OfficerInitiatedCaseProcess.TASK_ARCHIVE, values("archivedAt", today().toString(), "dossierNumber",
                "KMSJ-2026-001", "retentionYears", 30));
    }

    /** The user claims the case's open task with that id and completes it with the values. */
    public void complete(ProcessInstance instance, String user, String taskKey, Map<String, Object> values) {
        Task task = task(instance, taskKey);
        as(user, () -> {
            engine.getTaskService().claim(task.getId(), user);
            engine.getTaskService().complete(task.getId(), Variables.fromMap(values));
            return null;
        });
    }

    public Task task(ProcessInstance instance, String taskKey) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).list();
        assertThat(tasks).as("open task " + taskKey).hasSize(1);
        return tasks.get(0);
    }

    public <T> T as(String user, java.util.function.Supplier<T> work) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
        identity.setAuthentication(user, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    static Instant at(LocalDate day) {
        return day.atStartOfDay(CHINA).toInstant();
    }
}
