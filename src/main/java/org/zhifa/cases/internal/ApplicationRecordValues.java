package org.zhifa.cases.internal;

import static org.zhifa.cases.process.ApplicationCaseProcess.ACCEPTED_AT;
import static org.zhifa.cases.process.ApplicationCaseProcess.DECISION_LAST_DAY;
import static org.zhifa.cases.process.ApplicationCaseProcess.RECEIVED_AT;
import static org.zhifa.cases.process.ApplicationCaseProcess.SERVICE_ITEM_NAME;

import java.util.List;
import java.util.Map;

/**
 * The values of the records of an application (申请材料接收凭证, 现场核查记录, 听证笔录, 延长行政许可期限通知书), by the names
 * their templates use.
 */
public final class ApplicationRecordValues {

    private ApplicationRecordValues() {
    }

    /** 申请材料接收凭证: what the check found received, by the service guide's names. */
    public static Map<String, Object> materialsReceipt(StepValues v, List<String> received) {
        Map<String, Object> values = DocumentValues.applicant(v.values());
        values.put("receivedAt", v.date(RECEIVED_AT));
        values.put("receivedMaterials", received);
        values.put("receivedBy", v.actor());
        return values;
    }

    /** 现场核查记录. */
    public static Map<String, Object> siteVerification(StepValues v) {
        Map<String, Object> values = DocumentValues.applicant(v.values());
        values.put("verifiedAt", v.date("verifiedAt"));
        values.put("verificationPlace", v.text("verificationPlace"));
        values.put("verificationFindings", v.text("verificationFindings"));
        values.put("officerNames", v.actor());
        return values;
    }

    /** 听证笔录 of a licensing hearing (Administrative Licensing Law Art. 48): the applicant as the party. */
    public static Map<String, Object> hearingRecord(StepValues v) {
        Map<String, Object> applicant = DocumentValues.applicant(v.values());
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("caseNumber", applicant.get("caseNumber"));
        values.put("partyName", applicant.get("applicantName"));
        values.put("caseCause", v.text(SERVICE_ITEM_NAME) + "申请（" + v.label("hearingReason") + "）");
        values.put("hearingHeldAt", v.date("hearingHeldAt"));
        values.put("hearingRecord", v.text("hearingRecord"));
        values.put("presidingOfficerName", v.actor());
        return values;
    }

    /** 延长行政许可期限通知书, with the new last day the approval set. */
    public static Map<String, Object> extensionNotice(StepValues v) {
        Map<String, Object> values = DocumentValues.applicant(v.values());
        values.put("receivedAt", v.date(RECEIVED_AT));
        values.put("acceptedAt", v.date(ACCEPTED_AT));
        values.put("extensionReason", v.text("extensionReason"));
        values.put("decisionLastDay", v.date(DECISION_LAST_DAY));
        return values;
    }
}
