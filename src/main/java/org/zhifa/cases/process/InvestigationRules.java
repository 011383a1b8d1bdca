package org.zhifa.cases.process;

import static org.zhifa.cases.process.FilingRules.notInFuture;

import java.time.LocalDate;
import java.util.Map;

import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;

/** Investigation and evidence (RM11.3–RM11.8): each step's record, and the investigation's conclusion. */
final class InvestigationRules {

    /** Working days within which preserved evidence is decided on (Administrative Penalty Law Art. 56, 85). */
    static final int PRESERVATION_DECISION_DAYS = 7;

    private final WorkingDays workingDays;

    InvestigationRules(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    void register(Map<String, StepRule> rules) {
        rules.put(OfficerInitiatedCaseProcess.TASK_INVESTIGATION, s -> {
            String next = s.choice("nextStep", "下一步", "questioning", "onSite", "evidence", "sampling", "testing",
                    "preservation", "coercion", "close");
            if ("close".equals(next)) {
                s.choice("violationFinding", "调查结论", "established", "notEstablished");
                s.text("investigationSummary", "调查终结报告");
                boolean expert = s.flag("expertReviewNeeded");
                if (expert) {
                    s.text("expertReviewReason", "需要专家评审的问题");
                }
                s.set("expertReviewNeeded", expert);
            }
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_QUESTIONING, s -> {
            s.text("questionedPerson", "被询问人");
            s.choice("questionedRole", "身份", "party", "witness", "other");
            notInFuture(s, "questionedAt", "询问日期", s.date("questionedAt", "询问日期"));
            s.text("questioningPlace", "询问地点");
            s.text("transcriptSummary", "询问笔录要点");
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_ON_SITE_INSPECTION, s -> {
            notInFuture(s, "inspectedAt", "检查日期", s.date("inspectedAt", "检查日期"));
            s.text("inspectionPlace", "检查地点");
            s.text("inspectionFindings", "检查情况");
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_COLLECT_EVIDENCE, s -> {
            s.choice("evidenceKind", "证据种类", "documentary", "physical", "audiovisual", "electronic", "testimony",
                    "statement", "appraisal", "record");
            s.text("evidenceDescription", "证据名称及内容");
            notInFuture(s, "obtainedAt", "调取日期", s.date("obtainedAt", "调取日期"));
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_SAMPLING, s -> {
            s.text("sampleName", "样品名称");
            s.text("sampleQuantity", "抽样数量及基数");
            s.text("samplingMethod", "抽样方法");
            notInFuture(s, "sampledAt", "抽样日期", s.date("sampledAt", "抽样日期"));
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_TESTING, s -> {
            s.choice("testingKind", "类别", "inspection", "testing", "quarantine", "appraisal");
            s.text("institution", "机构");
            s.text("reportNumber", "报告编号");
            s.text("testingConclusion", "结论");
            notInFuture(s, "reportDate", "报告日期", s.date("reportDate", "报告日期"));
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_PRESERVATION_REGISTRATION, s -> {
            s.text("preservedItems", "登记保存物品清单");
            s.text("preservationApprovedBy", "批准的负责人");
            LocalDate preserved = s.date("preservedAt", "登记保存日期");
            notInFuture(s, "preservedAt", "登记保存日期", preserved);
            if (s.valid()) {
                // Administrative Penalty Law Art. 56, 85: decided within seven working days
                LocalDate lastDay = workingDays.after(preserved, PRESERVATION_DECISION_DAYS);
                s.set("preservationDecisionLastDay", lastDay.toString());
                s.set("preservationDecisionDue", Deadline.endOf(lastDay, s.zone()));
            }
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_PRESERVATION_DECISION, s -> {
            s.choice("preservationDecision", "处理决定", "recorded", "testing", "seize", "release", "confiscate");
            s.text("preservationDecisionReason", "理由和依据");
            LocalDate decided = s.date("preservationDecidedAt", "决定日期");
            notInFuture(s, "preservationDecidedAt", "决定日期", decided);
            LocalDate preserved = s.optionalDate("preservedAt", "登记保存日期");
            if (decided != null && preserved != null && decided.isBefore(preserved)) {
                s.reject("preservationDecidedAt", "决定日期", "不能早于登记保存日期 " + preserved);
            }
        });
    }
}
