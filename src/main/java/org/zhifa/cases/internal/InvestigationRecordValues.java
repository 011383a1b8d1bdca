package org.zhifa.cases.internal;

import static org.zhifa.cases.process.OfficerInitiatedCaseProcess.TASK_COERCION_APPROVAL;
import static org.zhifa.cases.process.OfficerInitiatedCaseProcess.TASK_COERCION_MEASURE;
import static org.zhifa.cases.process.OfficerInitiatedCaseProcess.TASK_PRESERVATION_REGISTRATION;

import java.util.Map;

import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.evidence.process.AvInterruptionReportProcess;

/**
 * The values of the documents of investigation and coercive measures (抽样取证凭证, 检验结果告知书, 证据先行登记保存通知书,
 * 实施／解除行政强制措施决定书), by the names their templates use, from what the steps recorded.
 */
public final class InvestigationRecordValues {

    /** The case variable that keeps the number of the case's latest 实施行政强制措施决定书. */
    public static final String COERCION_DECISION_NUMBER = "coercionDecisionDocumentNumber";

    private InvestigationRecordValues() {
    }

    /** 抽样取证凭证. */
    public static Map<String, Object> sampling(StepValues v) {
        Map<String, Object> values = withCause(v);
        values.put("sampleName", v.text("sampleName"));
        values.put("sampleQuantity", v.text("sampleQuantity"));
        values.put("samplingMethod", v.text("samplingMethod"));
        values.put("sampledAt", v.date("sampledAt"));
        values.put("officerNames", v.text("officerNames"));
        return values;
    }

    /** 检验（检测、检疫、鉴定）结果告知书. */
    public static Map<String, Object> testing(StepValues v) {
        Map<String, Object> values = withCause(v);
        values.put("testingKind", v.label("testingKind"));
        values.put("institution", v.text("institution"));
        values.put("reportNumber", v.text("reportNumber"));
        values.put("reportDate", v.date("reportDate"));
        values.put("testingConclusion", v.text("testingConclusion"));
        return values;
    }

    /** 证据先行登记保存通知书. */
    public static Map<String, Object> preservation(StepValues v) {
        Map<String, Object> values = withCause(v);
        values.put("preservedItems", v.text("preservedItems"));
        values.put("preservedAt", v.date("preservedAt"));
        values.put("preservationPlace", v.text("preservationPlace"));
        values.put("preservationApprovedBy", v.text("preservationApprovedBy"));
        values.put("officerNames", v.text("officerNames"));
        return values;
    }

    /** 证据先行登记保存处理决定书: what the registration preserved, as its step recorded it, and what is decided. */
    public static Map<String, Object> preservationDecision(StepValues v) {
        Map<String, Object> values = withCause(v);
        StepValues.Run registered = v.last(TASK_PRESERVATION_REGISTRATION, null);
        values.put("preservedItems", registered == null ? null : registered.text("preservedItems"));
        values.put("preservedAt", registered == null ? null : DocumentValues.date(registered.text("preservedAt")));
        values.put("preservationDecision", v.label("preservationDecision"));
        values.put("preservationDecisionReason", v.text("preservationDecisionReason"));
        values.put("preservationDecidedAt", v.date("preservationDecidedAt"));
        return values;
    }

    /** 实施行政强制措施决定书: the measure as its approval recorded it, taken on the day this step recorded. */
    public static Map<String, Object> coercionDecision(StepValues v) {
        Map<String, Object> values = measure(v);
        values.put("measureArticles", measureArticles(measureKind(v)));
        StepValues.Run approval = v.last(TASK_COERCION_APPROVAL, null);
        values.put("measureReason", approval == null ? null : approval.text("measureReason"));
        values.put("approverName", approval == null ? null : approval.actor());
        values.put("implementedAt", v.date("implementedAt"));
        values.put("measureDays", v.text("measureDays"));
        values.put("measureLastDay", v.date("coercionLastDay"));
        return values;
    }

    /**
     * 延长行政强制措施期限决定书 (Coercion Law Art. 25, 32: the extension told to the party in writing): the handler's
     * reason as the outcome step recorded it, the new last day as this approval derived it.
     */
    public static Map<String, Object> coercionExtension(StepValues v) {
        Map<String, Object> values = measure(v);
        StepValues.Run taken = v.last(TASK_COERCION_MEASURE, null);
        values.put("coercionDecisionNumber", taken == null ? null : taken.text(COERCION_DECISION_NUMBER));
        StepValues.Run outcome = v.last(OfficerInitiatedCaseProcess.TASK_COERCION_OUTCOME, null);
        values.put("extensionReason", outcome == null ? v.text("extensionOpinion") : outcome.text("outcomeReason"));
        values.put("extensionDays", v.text("extensionDays"));
        values.put("measureLastDay", v.date("coercionLastDay"));
        return values;
    }

    /** 解除行政强制措施决定书, naming the decision the measure was taken by, as the measure's step recorded it. */
    public static Map<String, Object> coercionRelease(StepValues v) {
        Map<String, Object> values = measure(v);
        String[] release = release(measureKind(v));
        values.put("releaseArticle", release[0]);
        values.put("releaseEffect", release[1]);
        StepValues.Run taken = v.last(TASK_COERCION_MEASURE, null);
        values.put("coercionDecisionNumber", taken == null ? null : taken.text(COERCION_DECISION_NUMBER));
        values.put("outcomeReason", v.text("outcomeReason"));
        values.put("releasedAt", v.date("releasedAt"));
        return values;
    }

    /** 音像记录中断情况书面说明 (RM17), at the interruption report's written explanation: the case's, as recorded. */
    public static Map<String, Object> avInterruption(StepValues v) {
        Map<String, Object> values = StepRecordValues.record(v);
        values.remove("officerNames");
        // a routine inspection names its subject and items; an application its applicant and item
        values.put("partyName", first(v.text("partyName"), v.text("subjectName"), v.text("applicantName")));
        values.put("caseCause", first(v.text("caseCause"), v.text("inspectionItems") == null ? null
                : "日常检查：" + v.text("inspectionItems"), v.text("serviceItemName") == null ? null
                        : v.text("serviceItemName") + "申请"));
        String step = v.text(AvInterruptionReportProcess.INTERRUPTED_STEP);
        String name = step == null ? null : v.steps().apply(step);
        values.put("interruptedStep", name == null ? step : name);
        values.put("interruptionReason", v.text(AvInterruptionReportProcess.REASON_TEXT));
        values.put("stoppedAt", v.instant(AvInterruptionReportProcess.STOPPED_AT));
        StepValues.Run head = v.last(AvInterruptionReportProcess.TASK_HEAD_INFORMED, null);
        values.put("reportedBy", v.actor());
        values.put("headInstructions", v.text(AvInterruptionReportProcess.HEAD_INSTRUCTIONS));
        values.put("headName", head == null ? null : head.actor());
        values.put("writtenExplanation", v.text(AvInterruptionReportProcess.WRITTEN_EXPLANATION));
        values.put("remedialMeasures", v.text(AvInterruptionReportProcess.REMEDIAL_MEASURES));
        return values;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    /** The measure as its approval recorded it. */
    private static Map<String, Object> measure(StepValues v) {
        Map<String, Object> values = withCause(v);
        StepValues.Run approval = v.last(TASK_COERCION_APPROVAL, null);
        values.put("measureType", approval == null ? null : v.label(approval, "measureType"));
        values.put("measureItems", approval == null ? null : approval.text("measureItems"));
        return values;
    }

    /** The kind of measure the approval recorded: seal, seize, freeze, other. */
    private static String measureKind(StepValues v) {
        StepValues.Run approval = v.last(TASK_COERCION_APPROVAL, null);
        return approval == null ? "other" : String.valueOf(approval.text("measureType"));
    }

    /** The Coercion Law's articles a measure is taken under: 查封、扣押 Art. 23, 24; 冻结 Art. 29, 31. */
    private static String measureArticles(String kind) {
        return switch (kind) {
            case "seal", "seize" -> "第十八条、第二十三条、第二十四条";
            case "freeze" -> "第十八条、第二十九条、第三十一条";
            default -> "第十八条";
        };
    }

    /** The article a measure is released under (Art. 28, 33), and what the release does. */
    private static String[] release(String kind) {
        return switch (kind) {
            case "seal", "seize" -> new String[] { "第二十八条",
                    "查封的予以解封，扣押的财物立即退还；已拍卖或者变卖的，退还拍卖或者变卖所得款项" };
            case "freeze" -> new String[] { "第三十三条", "并立即通知金融机构解除冻结" };
            default -> new String[] { "第二十八条、第三十三条", "" };
        };
    }

    static Map<String, Object> withCause(StepValues v) {
        Map<String, Object> values = DocumentValues.party(v.values());
        values.put("caseCause", v.text("caseCause"));
        return values;
    }
}
