package org.zhifa.cases.process;

import static org.zhifa.cases.process.ApplicationCaseProcess.APPLICATION_NUMBER;
import static org.zhifa.cases.process.ApplicationCaseProcess.DECISION_DEADLINE;
import static org.zhifa.cases.process.ApplicationCaseProcess.DECISION_LAST_DAY;
import static org.zhifa.cases.process.ApplicationCaseProcess.MATERIALS_PROVIDED;
import static org.zhifa.cases.process.ApplicationCaseProcess.MISSING_MATERIALS;
import static org.zhifa.cases.process.ApplicationCaseProcess.MISSING_MATERIALS_NAMES;
import static org.zhifa.cases.process.ApplicationCaseProcess.MISSING_MATERIALS_TEXT;
import static org.zhifa.cases.process.ApplicationCaseProcess.NOTICE_DEADLINE;
import static org.zhifa.cases.process.ApplicationCaseProcess.NOTICE_LAST_DAY;
import static org.zhifa.cases.process.ApplicationCaseProcess.PAUSED_WORKING_DAYS;
import static org.zhifa.cases.process.ApplicationCaseProcess.RECEIVED_MATERIALS;
import static org.zhifa.cases.process.ApplicationCaseProcess.REQUIRED_MATERIALS;
import static org.zhifa.cases.process.CaseVariables.DECISION_DATE;
import static org.zhifa.cases.process.FilingRules.notInFuture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.internal.CaseValues;

/**
 * The steps of application cases (RM10): materials checked against the service guide (RM10.2–RM10.4), examination
 * with its clock — paused for testing, expert review and hearing (Licensing Law Art. 45), extended once by 10 working
 * days (Art. 42) —, legal review (RM10.8), the decision (RM10.9) and service (RM10.10).
 */
final class ApplicationRules {

    private static final int NOTICE_WORKING_DAYS = 5;
    private static final int EXTENSION_WORKING_DAYS = 10;

    private final WorkingDays workingDays;

    ApplicationRules(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** The task variable the supplement form's checklist takes its choices from ({@code valuesKey}). */
    static final String SUPPLEMENT_OPTIONS = "supplementMaterialOptions";
    /** The task variable the check form's checklist takes its choices from: every material of the applied item. */
    static final String MATERIAL_OPTIONS = "materialOptions";

    /**
     * The check form offers every material of the applied item by the guide's names, ticked as the intake recorded
     * them, so that the reviewer confirms what was received (RM10.2).
     */
    void offerItemMaterials(DelegateTask task) {
        Object names = task.getVariable(MISSING_MATERIALS_NAMES);
        task.setVariableLocal(MATERIAL_OPTIONS, ApplicationMaterials.options(names, ApplicationMaterials.codes(names)));
        // in the case, not the task: what the step submits replaces it (a task's own variable would shadow it)
        task.setVariable(RECEIVED_MATERIALS, ApplicationMaterials.list(CaseValues.list(task.getVariable(MATERIALS_PROVIDED))));
    }

    /**
     * The supplement form offers the materials the one-time notice asked for (《行政许可法》第三十二条), by the
     * names of the applied service item's guide.
     */
    void offerMissingMaterials(DelegateTask task) {
        task.setVariableLocal(SUPPLEMENT_OPTIONS, ApplicationMaterials.options(task.getVariable(MISSING_MATERIALS_NAMES),
                CaseValues.list(task.getVariable(MISSING_MATERIALS))));
    }

    void register(Map<String, StepRule> rules) {
        rules.put(ApplicationCaseProcess.TASK_CHECK_MATERIALS, this::check);
        rules.put(ApplicationCaseProcess.TASK_SUPPLEMENT, this::supplement);
        rules.put(ApplicationCaseProcess.TASK_EXAMINE, s -> {
            String next = s.choice("nextStep", "下一步", "siteVerification", "testing", "expertReview", "hearing",
                    "opinions", "extension", "decide");
            if ("decide".equals(next)) {
                s.text("examinationOpinion", "审查意见");
            }
            if ("extension".equals(next) && s.flag("extended")) {
                s.reject("nextStep", "下一步", "审查期限只能延长一次（《行政许可法》第四十二条）");
            }
        });
        rules.put(ApplicationCaseProcess.TASK_SITE_VERIFICATION, s -> {
            notInFuture(s, "verifiedAt", "核查日期", s.date("verifiedAt", "核查日期"));
            s.text("verificationPlace", "核查地点");
            s.text("verificationFindings", "核查情况");
        });
        rules.put(ApplicationCaseProcess.TASK_TESTING, s -> {
            s.text("institution", "机构");
            s.text("reportNumber", "报告编号");
            s.text("testingConclusion", "结论");
            notInFuture(s, "reportDate", "报告日期", s.date("reportDate", "报告日期"));
            pause(s, "检验、检测、鉴定");
        });
        rules.put(ApplicationCaseProcess.TASK_EXPERT_REVIEW, s -> {
            s.text("experts", "评审专家");
            s.text("expertOpinion", "评审意见");
            notInFuture(s, "reviewedAt", "评审日期", s.date("reviewedAt", "评审日期"));
            pause(s, "专家评审、论证");
        });
        rules.put(ApplicationCaseProcess.TASK_HEARING, s -> {
            s.choice("hearingReason", "听证原因", "lawRequires", "publicInterest", "applicantRequested");
            notInFuture(s, "hearingHeldAt", "听证日期", s.date("hearingHeldAt", "听证日期"));
            s.text("hearingRecord", "听证笔录要点");
            pause(s, "听证");
        });
        rules.put(ApplicationCaseProcess.TASK_SOLICIT_OPINIONS, s -> {
            s.text("consulted", "征求意见对象");
            s.text("opinionsSummary", "意见及采纳情况");
            notInFuture(s, "solicitedAt", "征求意见日期", s.date("solicitedAt", "征求意见日期"));
        });
        rules.put(ApplicationCaseProcess.TASK_EXTENSION_APPROVAL, this::extension);
        rules.put(ApplicationCaseProcess.TASK_DECIDE, s -> {
            String decision = s.choice("licensingDecision", "决定", "grant", "refuse");
            if ("refuse".equals(decision)) {
                s.text("decisionReasons", "理由");
            }
        });
        StepRule serve = s -> {
            s.choice("serviceMethod", "送达方式", "inPerson", "post", "electronic", "lodged", "announcement");
            LocalDate served = s.date("servedAt", "送达日期");
            notInFuture(s, "servedAt", "送达日期", served);
            LocalDate decided = s.optionalDate(DECISION_DATE, "决定日期");
            if (served != null && decided != null && served.isBefore(decided)) {
                s.reject("servedAt", "送达日期", "不能早于决定日期 " + decided);
            }
            s.text("recipient", "签收人");
        };
        rules.put(ApplicationCaseProcess.TASK_SERVE_CERTIFICATE, serve);
        rules.put(ApplicationCaseProcess.TASK_SERVE_REFUSAL, serve);
    }

    private void check(Submission s) {
        String decision = s.choice("materialsDecision", "审查结果", "accept", "notify", "reject");
        // a case registered before the guide's required list was kept keeps the missing list it was given
        if (s.get(RECEIVED_MATERIALS) != null && s.get(REQUIRED_MATERIALS) != null) {
            List<String> received = s.optionalSelection(RECEIVED_MATERIALS, "已收到的材料",
                    new java.util.LinkedHashSet<>(ApplicationMaterials.codes(s.get(MISSING_MATERIALS_NAMES))));
            if (s.flag("oneTimeNoticeGiven")) {
                List<String> dropped = new ArrayList<>(CaseValues.list(s.get(MATERIALS_PROVIDED)));
                dropped.removeAll(received);
                if (!dropped.isEmpty()) {
                    s.reject(RECEIVED_MATERIALS, "已收到的材料", "已一次性告知补正，此前确认收到的材料不能改为未收到："
                            + ApplicationMaterials.describe(s.get(MISSING_MATERIALS_NAMES), dropped).replaceAll("；$", "")
                            + "（《行政许可法》第三十二条：一次告知申请人需要补正的全部内容）");
                }
            }
            if (!s.valid()) {
                return;
            }
            List<String> missing = ApplicationMaterials.missing(CaseValues.list(s.get(REQUIRED_MATERIALS)), received);
            s.set(MATERIALS_PROVIDED, received);
            s.set(MISSING_MATERIALS, missing);
            s.set(MISSING_MATERIALS_TEXT, ApplicationMaterials.describe(s.get(MISSING_MATERIALS_NAMES), missing));
        }
        List<String> missing = CaseValues.list(s.get(MISSING_MATERIALS));
        if ("accept".equals(decision) && !missing.isEmpty()) {
            s.reject("materialsDecision", "审查结果", "材料不齐全，缺少：" + String.valueOf(s.get(MISSING_MATERIALS_TEXT))
                    .replaceAll("；$", "") + "；应当一次性告知补正");
        }
        if ("notify".equals(decision) && missing.isEmpty() && s.optionalText("noticeNotes") == null) {
            s.reject("materialsDecision", "审查结果", "材料已齐全，应当受理；需补正其他内容的请写明补正说明");
        }
        if ("reject".equals(decision)) {
            s.text("rejectionReason", "不予受理的理由");
        }
        if ("notify".equals(decision) && s.valid()) {
            s.set("oneTimeNoticeGiven", true);
        }
    }

    private void supplement(Submission s) {
        String outcome = s.choice("supplementOutcome", "补正情况", "supplemented", "withdrawn");
        if ("withdrawn".equals(outcome)) {
            s.text("withdrawalReason", "撤回说明");
            return;
        }
        if (!"supplemented".equals(outcome)) {
            return;
        }
        // what the one-time notice asked for, as the form offers it (SUPPLEMENT_OPTIONS); a notice that asked only
        // for corrections (noticeNotes) has no materials to tick
        List<String> missing = CaseValues.list(s.get(MISSING_MATERIALS));
        List<String> supplemented = List.of();
        if (!missing.isEmpty()) {
            supplemented = s.selection("supplementedMaterials", "补正的材料", new java.util.LinkedHashSet<>(missing));
        } else if (s.get("supplementedMaterials") != null
                && !s.get("supplementedMaterials").toString().replaceAll("[\\s\\[\\]]", "").isEmpty()) {
            s.reject("supplementedMaterials", "补正的材料", "补正通知没有要求补正材料，不需要选择");
        }
        LocalDate received = s.date("supplementReceivedAt", "收到补正材料日期");
        notInFuture(s, "supplementReceivedAt", "收到补正材料日期", received);
        if (!s.valid()) {
            return;
        }
        List<String> provided = new ArrayList<>(CaseValues.list(s.get(MATERIALS_PROVIDED)));
        supplemented.stream().filter(m -> !provided.contains(m)).forEach(provided::add);
        s.set(MATERIALS_PROVIDED, provided);
        List<String> stillMissing = new ArrayList<>(CaseValues.list(s.get(MISSING_MATERIALS)));
        stillMissing.removeAll(supplemented);
        s.set(MISSING_MATERIALS, stillMissing);
        s.set(MISSING_MATERIALS_TEXT, ApplicationMaterials.describe(s.get(MISSING_MATERIALS_NAMES), stillMissing));
        LocalDate lastDay = workingDays.after(received, NOTICE_WORKING_DAYS);
        s.set(NOTICE_LAST_DAY, lastDay.toString());
        s.set(NOTICE_DEADLINE, Deadline.endOf(lastDay, s.zone()));
    }

    private void extension(Submission s) {
        s.text("extensionReason", "延长理由");
        String decision = s.choice("extensionDecision", "审批意见", "approve", "reject");
        s.text("extensionOpinion", "审批意见说明");
        if ("approve".equals(decision) && s.valid()) {
            LocalDate lastDay = LocalDate.parse((String) s.get(DECISION_LAST_DAY));
            LocalDate extended = workingDays.after(lastDay, EXTENSION_WORKING_DAYS);
            moveDeadline(s, extended, "经负责人批准延长 " + EXTENSION_WORKING_DAYS + " 个工作日（理由：" + s.get("extensionReason")
                    + "），期限由 " + lastDay + " 延至 " + extended);
            s.set("extended", true);
        }
    }

    /** The step's working days do not count towards the decision period: the deadline moves by as many. */
    private void pause(Submission s, String activity) {
        if (!s.valid()) {
            return;
        }
        LocalDate from = s.startedOn();
        int paused = Math.max(0, workingDays.between(from, s.today()));
        Object before = s.get(PAUSED_WORKING_DAYS);
        int total = (before == null ? 0 : ((Number) before).intValue()) + paused;
        s.set(PAUSED_WORKING_DAYS, total);
        LocalDate lastDay = LocalDate.parse((String) s.get(DECISION_LAST_DAY));
        LocalDate moved = workingDays.after(lastDay, paused);
        moveDeadline(s, moved, activity + "自 " + from + " 至 " + s.today() + "，" + paused + " 个工作日不计入审查期限，期限由 "
                + lastDay + " 顺延至 " + moved);
    }

    private static void moveDeadline(Submission s, LocalDate lastDay, String why) {
        s.set(DECISION_LAST_DAY, lastDay.toString());
        s.set(DECISION_DEADLINE, Deadline.endOf(lastDay, s.zone()));
        String log = (String) s.get("decisionClockLog");
        s.set("decisionClockLog", (log == null ? "" : log + "\n") + why);
    }
}
