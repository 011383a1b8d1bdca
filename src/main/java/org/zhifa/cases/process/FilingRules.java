package org.zhifa.cases.process;

import java.time.LocalDate;
import java.util.Map;

import org.zhifa.calendar.Deadline;
import org.zhifa.cases.OfficerCaseSettings;

/** Filing (RM11.1), coercive measures (RM11.9), closing without a decision. */
final class FilingRules {

    private final OfficerCaseSettings settings;

    FilingRules(OfficerCaseSettings settings) {
        this.settings = settings;
    }

    void register(Map<String, StepRule> rules) {
        rules.put(OfficerInitiatedCaseProcess.TASK_FILING_APPROVAL, s -> {
            s.choice("filingDecision", "审批意见", "approve", "reject");
            s.text("filingOpinion", "理由");
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_COERCION_APPROVAL, s -> {
            s.choice("measureType", "强制措施种类", "seal", "seize", "freeze", "other");
            s.text("measureItems", "对象及清单");
            s.text("measureReason", "理由和依据");
            s.choice("coercionDecision", "审批意见", "approve", "reject");
            s.text("coercionOpinion", "审批理由");
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_COERCION_MEASURE, this::coercionMeasure);
        rules.put(OfficerInitiatedCaseProcess.TASK_COERCION_OUTCOME, s -> {
            String outcome = s.choice("coercionOutcome", "处理", "release", "proceed", "extend");
            s.text("outcomeReason", "理由");
            if ("release".equals(outcome)) {
                notInFuture(s, "releasedAt", "解除日期", s.date("releasedAt", "解除日期"));
            }
            if ("extend".equals(outcome) && s.flag("coercionExtended")) {
                s.reject("coercionOutcome", "处理", "强制措施期限只能延长一次（《行政强制法》第二十五条）");
            }
        });
        rules.put(OfficerInitiatedCaseProcess.TASK_COERCION_EXTENSION, this::coercionExtension);
        rules.put(OfficerInitiatedCaseProcess.TASK_COERCION_OVERDUE, s -> s.text("overdueAction", "处理情况"));
        rules.put(OfficerInitiatedCaseProcess.TASK_CLOSE_WITHOUT_DECISION, s -> {
            s.choice("closeReason", "结案理由", "noViolation", "notEstablished", "minor", "other");
            s.text("closeExplanation", "说明");
        });
    }

    private void coercionMeasure(Submission s) {
        LocalDate implementedAt = s.date("implementedAt", "实施日期");
        notInFuture(s, "implementedAt", "实施日期", implementedAt);
        if (!s.flag("partyPresent")) {
            s.text("witnesses", "见证人（当事人不到场时）");
        }
        if (!s.flag("rightsExplained")) {
            s.reject("rightsExplained", "已告知理由、依据和当事人的权利", "实施强制措施必须当场告知（《行政强制法》第十八条）");
        }
        s.text("onSiteRecord", "现场笔录");
        Integer days = s.wholeNumber("measureDays", "期限（日，不超过三十日）", 1, settings.coercionMaxDays());
        if (implementedAt != null && days != null) {
            setCoercionDeadline(s, implementedAt.plusDays(days));
        }
    }

    private void coercionExtension(Submission s) {
        Integer days = s.wholeNumber("extensionDays", "延长日数", 1, settings.coercionMaxDays());
        String decision = s.choice("extensionDecision", "审批意见", "approve", "reject");
        s.text("extensionOpinion", "理由");
        if ("approve".equals(decision) && days != null && s.valid()) {
            LocalDate lastDay = LocalDate.parse((String) s.get("coercionLastDay"));
            setCoercionDeadline(s, lastDay.plusDays(days));
            s.set("coercionExtended", true);
        }
    }

    private static void setCoercionDeadline(Submission s, LocalDate lastDay) {
        s.set("coercionLastDay", lastDay.toString());
        s.set("coercionDeadline", Deadline.endOf(lastDay, s.zone()));
    }

    static void notInFuture(Submission s, String field, String label, LocalDate date) {
        if (date != null && date.isAfter(s.today())) {
            s.reject(field, label, "不能晚于今天（" + s.today() + "）");
        }
    }
}
