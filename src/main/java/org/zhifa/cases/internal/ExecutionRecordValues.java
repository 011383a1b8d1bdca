package org.zhifa.cases.internal;

import static org.zhifa.cases.process.CaseVariables.DECISION_DATE;
import static org.zhifa.cases.process.CaseVariables.FILED_AT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values of the documents of execution and closing (催告书, 强制执行申请书, 没收物品处理记录, 结案审批表), by the names
 * their templates use.
 */
public final class ExecutionRecordValues {

    private ExecutionRecordValues() {
    }

    /** 催告书, when the party has not performed: what is due as the performance step computed it. */
    public static Map<String, Object> paymentReminder(StepValues v) {
        Map<String, Object> values = decided(v);
        values.put("paymentLastDay", v.date("paymentLastDay"));
        values.put("surchargeDays", v.text("surchargeDays"));
        values.put("surcharge", amount(v.get("surcharge")));
        values.put("amountDue", amount(v.get("amountDue")));
        return values;
    }

    /** 强制执行申请书, when the agency applies to the court. */
    public static Map<String, Object> executionApplication(StepValues v) {
        Map<String, Object> values = decided(v);
        values.put("servedAt", v.date("servedAt"));
        values.put("surcharge", amount(v.get("surcharge")));
        values.put("amountDue", amount(v.get("amountDue")));
        values.put("court", v.text("court"));
        values.put("executionAppliedAt", v.date("executionAppliedAt"));
        return values;
    }

    /** 行政强制执行决定书, when the agency executes the decision itself (Administrative Coercion Law Art. 37). */
    public static Map<String, Object> executionDecision(StepValues v) {
        Map<String, Object> values = decided(v);
        values.put("surcharge", amount(v.get("surcharge")));
        values.put("amountDue", amount(v.get("amountDue")));
        values.put("executionAppliedAt", v.date("executionAppliedAt"));
        return values;
    }

    /** 没收物品处理记录. */
    public static Map<String, Object> disposal(StepValues v) {
        Map<String, Object> values = StepRecordValues.record(v);
        values.put("decisionNumber", v.text("decisionNumber"));
        values.put("confiscatedItems", v.text("confiscatedItems"));
        values.put("disposalMethod", v.label("disposalMethod"));
        values.put("disposedAt", v.date("disposedAt"));
        values.put("disposalDetails", v.text("disposalDetails"));
        values.put("proceeds", amount(v.get("proceeds")));
        return values;
    }

    /** 结案审批表, at archiving: how the case ended and how its decision was performed. */
    public static Map<String, Object> closingApproval(StepValues v) {
        Map<String, Object> values = InvestigationRecordValues.withCause(v);
        values.put("filedAt", v.date(FILED_AT));
        String number = v.text("decisionNumber");
        if (number != null) {
            String penalties = ReviewRecordValues.penalties(v.values());
            values.put("result", "行政处罚决定（" + number + "）" + (penalties == null ? "" : "：" + penalties));
        } else if (v.text("closeReason") != null) {
            values.put("result", join(v.label("closeReason"), v.text("closeExplanation")));
        }
        values.put("performance", performance(v));
        values.put("closingOpinion", v.text("archiveNotes") == null ? "同意结案归档" : v.text("archiveNotes"));
        values.put("approverName", v.actor());
        return values;
    }

    private static String performance(StepValues v) {
        List<String> parts = new ArrayList<>();
        if (v.text("performance") != null) {
            parts.add(v.label("performance") + (v.text("paidAt") == null ? "" : "（" + v.date("paidAt") + "）"));
        }
        if (v.text("executionMethod") != null) {
            parts.add(join(v.label("executionMethod"), v.text("executionOutcome")));
        }
        if (v.text("disposalMethod") != null) {
            parts.add("没收物品已" + v.label("disposalMethod"));
        }
        return parts.isEmpty() ? null : String.join("；", parts);
    }

    private static Map<String, Object> decided(StepValues v) {
        Map<String, Object> values = InvestigationRecordValues.withCause(v);
        values.put("decisionNumber", v.text("decisionNumber"));
        values.put("decisionDate", v.date(DECISION_DATE));
        values.put("fineAmount", amount(v.get("fineAmount")));
        return values;
    }

    private static String join(String first, String second) {
        return second == null ? first : first + "：" + second;
    }

    /** An amount of money as documents write it (5000.00), or null. */
    static String amount(Object value) {
        try {
            BigDecimal money = CaseValues.money(value);
            return money == null ? null : money.setScale(2, RoundingMode.HALF_UP).toPlainString();
        } catch (NumberFormatException notAnAmount) {
            return value.toString();
        }
    }
}
