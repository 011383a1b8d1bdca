package org.zhifa.cases.internal;

import static org.zhifa.cases.process.ApplicationCaseProcess.APPLICATION_NUMBER;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_NAME;
import static org.zhifa.cases.process.CaseVariables.APPLICANT_NAME;
import static org.zhifa.cases.process.CaseVariables.CASE_NUMBER;
import static org.zhifa.cases.process.CaseVariables.PARTY_NAME;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zhifa.documents.Documents;

/**
 * The values of the records and forms a single step issues (立案审批表, 笔录, 听证通知书, 法制审核意见书, 送达回证), by the
 * names their templates use, from the values the step has just recorded.
 */
public final class StepRecordValues {

    private StepRecordValues() {
    }

    /** 立案审批表. */
    public static Map<String, Object> filingApproval(StepValues v) {
        Map<String, Object> values = DocumentValues.party(v.values());
        values.put("caseCause", v.text("caseCause"));
        values.put("caseSource", v.label("source"));
        values.put("sourceDetail", v.text("sourceDetail"));
        values.put("reportedAt", v.date("reportedAt"));
        values.put("filingDecision", v.label("filingDecision"));
        values.put("filingOpinion", v.text("filingOpinion"));
        values.put("approverName", v.actor());
        return values;
    }

    /** 询问笔录. */
    public static Map<String, Object> questioning(StepValues v) {
        Map<String, Object> values = record(v);
        values.put("questionedPerson", v.text("questionedPerson"));
        values.put("questionedRole", v.label("questionedRole"));
        values.put("questionedAt", v.date("questionedAt"));
        values.put("questioningPlace", v.text("questioningPlace"));
        values.put("transcriptSummary", v.text("transcriptSummary"));
        return values;
    }

    /** 现场检查（勘验）笔录. */
    public static Map<String, Object> onSite(StepValues v) {
        Map<String, Object> values = record(v);
        values.put("inspectedAt", v.date("inspectedAt"));
        values.put("inspectionPlace", v.text("inspectionPlace"));
        values.put("personsPresent", v.text("personsPresent"));
        values.put("inspectionFindings", v.text("inspectionFindings"));
        return values;
    }

    /** 听证通知书. */
    public static Map<String, Object> hearingNotice(StepValues v) {
        Map<String, Object> values = DocumentValues.party(v.values());
        values.put("caseCause", v.text("caseCause"));
        values.put("hearingAt", dateTime(v.get("hearingAt")));
        values.put("hearingPlace", v.text("hearingPlace"));
        values.put("presidingOfficerName", v.text("presidingOfficerName"));
        values.put("hearingPublic", v.flag("hearingPublic"));
        return values;
    }

    /** 听证笔录. */
    public static Map<String, Object> hearingRecord(StepValues v) {
        Map<String, Object> values = record(v);
        values.put("hearingHeldAt", v.date("hearingHeldAt"));
        values.put("hearingPlace", v.text("hearingPlace"));
        values.put("partyAttended", v.flag("partyAttended"));
        values.put("hearingRecord", v.text("hearingRecord"));
        values.put("presidingOpinion", v.text("presidingOpinion"));
        values.put("presidingOfficerName", v.text("presidingOfficerName"));
        return values;
    }

    /** 听证报告: the presiding officer's report of the same hearing. */
    public static Map<String, Object> hearingReport(StepValues v) {
        Map<String, Object> values = DocumentValues.party(v.values());
        values.putAll(hearingRecord(v));
        values.remove("officerNames");
        return values;
    }

    /** 法制审核意见书: each point the reviewer checked, as the form names it. */
    public static Map<String, Object> legalReview(StepValues v, List<String> checks) {
        Map<String, Object> values = DocumentValues.party(v.values());
        if (values.get("partyName") == null) {
            // an application: its applicant, and the application number as the case's
            values.put("partyName", v.text(APPLICANT_NAME));
            values.put("partyIdNumber", v.text("applicantIdNumber"));
            values.put("partyType", v.text("applicantType"));
            values.put("caseNumber", v.text(APPLICATION_NUMBER));
            values.put("caseCause", v.text(SERVICE_ITEM_NAME) + "申请");
        }
        if (values.get("caseCause") == null) {
            values.put("caseCause", v.text("caseCause"));
        }
        values.put("legalReviewReasons", v.text("legalReviewReasonsText"));
        values.put("facts", v.text("facts"));
        values.put("legalBasis", v.text("legalBasis"));
        values.put("checks", checks.stream().map(check -> Documents.check(v.labels().apply(check), v.flag(check)))
                .toList());
        values.put("legalDecision", v.label("legalDecision"));
        values.put("legalOpinion", v.text("legalOpinion"));
        values.put("reviewerName", v.actor());
        return values;
    }

    /** 送达回证 of the decision (and of the certificate, for a licence). */
    public static Map<String, Object> serviceReceipt(StepValues v) {
        Map<String, Object> values = new HashMap<>();
        values.put("caseNumber", v.text(CASE_NUMBER) == null ? v.text(APPLICATION_NUMBER) : v.text(CASE_NUMBER));
        values.put("partyName", v.text(PARTY_NAME) == null ? v.text(APPLICANT_NAME) : v.text(PARTY_NAME));
        values.put("partyAddress", v.text("partyAddress") == null ? v.text("applicantAddress") : v.text("partyAddress"));
        String number = v.text("decisionNumber");
        String certificate = v.text("certificateNumber");
        values.put("servedDocument", "决定书" + (number == null ? "" : "（" + number + "）")
                + (certificate == null ? "" : "及证照（编号 " + certificate + "）"));
        values.put("serviceMethod", v.label("serviceMethod"));
        values.put("servedAt", v.date("servedAt"));
        values.put("recipient", v.text("recipient"));
        values.put("receiptNumber", v.text("receiptNumber"));
        values.put("servedBy", v.actor());
        return values;
    }

    /** 送达回证 of the 行政处罚事先告知书, served at the notice step: the party signs for it on paper. */
    public static Map<String, Object> noticeReceipt(StepValues v) {
        Map<String, Object> values = new HashMap<>();
        values.put("caseNumber", v.text(CASE_NUMBER));
        values.put("partyName", v.text(PARTY_NAME));
        values.put("partyAddress", v.text("partyAddress"));
        values.put("servedDocument", "行政处罚事先告知书");
        values.put("serviceMethod", v.label("noticeServiceMethod"));
        values.put("servedAt", v.date("noticeServedAt"));
        values.put("servedBy", v.actor());
        return values;
    }

    static Map<String, Object> record(StepValues v) {
        Map<String, Object> values = new HashMap<>();
        values.put("caseNumber", v.text(CASE_NUMBER));
        values.put("partyName", v.text(PARTY_NAME));
        values.put("caseCause", v.text("caseCause"));
        values.put("officerNames", v.text("officerNames"));
        return values;
    }

    /** A date-time as documents write it: 2026年2月20日 09:30. */
    static String dateTime(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*")) {
            return DocumentValues.date(text) + " " + text.substring(11, 16);
        }
        return DocumentValues.date(text);
    }
}
