package org.zhifa.documents;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The kinds of statutory document the server issues: each has a template of the same name in the templates folder
 * ({@code penalty-decision.html}) and the values its template may use. The values are what the issuing step passes,
 * read from where the server keeps them; a template naming any other value is refused when it is deployed.
 */
public enum DocumentKind {

    FILING_APPROVAL("filing-approval", "立案审批表", false, Values.PARTY, "caseCause", "caseSource", "sourceDetail",
            "reportedAt", "filingDecision", "filingOpinion", "approverName"),
    QUESTIONING_RECORD("questioning-record", "询问笔录", false, "partyName", "caseCause", "questionedPerson",
            "questionedRole", "questionedAt", "questioningPlace", "transcriptSummary", "officerNames"),
    ON_SITE_RECORD("on-site-record", "现场检查（勘验）笔录", false, "partyName", "caseCause", "inspectedAt",
            "inspectionPlace", "personsPresent", "inspectionFindings", "officerNames"),
    SAMPLING_RECORD("sampling-record", "抽样取证凭证", false, Values.PARTY, "caseCause", "sampleName",
            "sampleQuantity", "samplingMethod", "sampledAt", "officerNames"),
    TESTING_NOTICE("testing-notice", "检验（检测、检疫、鉴定）结果告知书", false, Values.PARTY, "caseCause", "testingKind",
            "institution", "reportNumber", "reportDate", "testingConclusion"),
    PRESERVATION_NOTICE("preservation-notice", "证据先行登记保存通知书", false, Values.PARTY, "caseCause",
            "preservedItems", "preservedAt", "preservationPlace", "preservationApprovedBy", "officerNames"),
    PRESERVATION_DECISION("preservation-decision", "证据先行登记保存处理决定书", false, Values.PARTY, "caseCause",
            "preservedItems", "preservedAt", "preservationDecision", "preservationDecisionReason",
            "preservationDecidedAt"),
    COERCION_DECISION("coercion-decision", "实施行政强制措施决定书", false, Values.PARTY, "caseCause", "measureType",
            "measureItems", "measureArticles", "measureReason", "implementedAt", "measureDays", "measureLastDay",
            "approverName"),
    COERCION_EXTENSION("coercion-extension", "延长行政强制措施期限决定书", false, Values.PARTY, "caseCause",
            "measureType", "measureItems", "coercionDecisionNumber", "extensionReason", "extensionDays",
            "measureLastDay"),
    COERCION_RELEASE("coercion-release", "解除行政强制措施决定书", false, Values.PARTY, "caseCause", "measureType",
            "measureItems", "releaseArticle", "releaseEffect", "coercionDecisionNumber", "outcomeReason", "releasedAt"),
    PENALTY_RIGHTS_NOTICE("penalty-rights-notice", "行政处罚事先告知书", false, Values.PARTY, "caseCause",
            "proposedDetails", "proposedPenalties", "hearingRight", "hearingRequestLastDay"),
    HEARING_NOTICE("hearing-notice", "听证通知书", false, Values.PARTY, "caseCause", "hearingAt", "hearingPlace",
            "presidingOfficerName", "hearingPublic"),
    HEARING_RECORD("hearing-record", "听证笔录", false, "partyName", "caseCause", "hearingHeldAt", "hearingPlace",
            "partyAttended", "hearingRecord", "presidingOpinion", "presidingOfficerName", "officerNames"),
    HEARING_REPORT("hearing-report", "听证报告", false, Values.PARTY, "caseCause", "hearingHeldAt", "hearingPlace",
            "partyAttended", "hearingRecord", "presidingOpinion", "presidingOfficerName"),
    CASE_APPROVAL("case-approval", "案件处理审批表", false, Values.PARTY, "caseCause", "facts", "evidenceList",
            "legalBasis", "discretionRule", "proposedDecision", "reviews"),
    COMMITTEE_RECORD("committee-record", "集体讨论记录", false, Values.PARTY, "caseCause", "facts", "opinion",
            "members", "committeeConclusion", "conclusionText", "chairName"),
    LEGAL_REVIEW_OPINION("legal-review-opinion", "法制审核意见书", false, Values.PARTY, "caseCause",
            "legalReviewReasons", "facts", "legalBasis", "checks", "legalDecision", "legalOpinion", "reviewerName"),
    PENALTY_DECISION("penalty-decision", "行政处罚决定书", true, Values.PARTY, Values.DECISION, "penalties", "fined"),
    NO_PENALTY_DECISION("no-penalty-decision", "不予行政处罚决定书", true, Values.PARTY, Values.DECISION),
    SERVICE_RECEIPT("service-receipt", "送达回证", false, "partyName", "partyAddress", "servedDocument",
            "serviceMethod", "servedAt", "recipient", "receiptNumber", "servedBy"),
    PAYMENT_REMINDER("payment-reminder", "催告书", false, Values.PARTY, "caseCause", "decisionNumber",
            "decisionDate", "fineAmount", "paymentLastDay", "surchargeDays", "surcharge", "amountDue"),
    EXECUTION_APPLICATION("execution-application", "强制执行申请书", false, Values.PARTY, "caseCause",
            "decisionNumber", "decisionDate", "servedAt", "fineAmount", "surcharge", "amountDue", "court",
            "executionAppliedAt"),
    EXECUTION_DECISION("execution-decision", "行政强制执行决定书", false, Values.PARTY, "caseCause", "decisionNumber",
            "decisionDate", "fineAmount", "surcharge", "amountDue", "executionAppliedAt"),
    DISPOSAL_RECORD("disposal-record", "没收物品处理记录", false, "partyName", "caseCause", "decisionNumber",
            "confiscatedItems", "disposalMethod", "disposedAt", "disposalDetails", "proceeds", "officerNames"),
    CLOSING_APPROVAL("closing-approval", "结案审批表", false, Values.PARTY, "caseCause", "filedAt", "result",
            "performance", "closingOpinion", "approverName"),
    AV_INTERRUPTION_EXPLANATION("av-interruption-explanation", "音像记录中断情况书面说明", false, "partyName", "caseCause",
            "interruptedStep", "interruptionReason", "stoppedAt", "reportedBy", "headInstructions", "headName",
            "writtenExplanation", "remedialMeasures"),
    CORRECTION_ANSWER("correction-answer", "更正申请答复书", false, "requester", "decisionNumber", "caseName",
            "correctionDescription", "corrected", "correctionReply"),
    INFORMATION_ANSWER("information-answer", "政府信息公开申请答复书", false, "requester", "requestDescription",
            "requestOutcome", "requestReply"),
    MATERIALS_RECEIPT("materials-receipt", "申请材料接收凭证", false, Values.APPLICANT, "receivedAt",
            "receivedMaterials", "receivedBy"),
    SITE_VERIFICATION_RECORD("site-verification-record", "现场核查记录", false, Values.APPLICANT, "verifiedAt",
            "verificationPlace", "verificationFindings", "officerNames"),
    EXTENSION_NOTICE("extension-notice", "延长行政许可期限通知书", false, Values.APPLICANT, "receivedAt",
            "acceptedAt", "extensionReason", "decisionLastDay"),
    SUPPLEMENT_NOTICE("supplement-notice", "补正材料通知书", false, Values.APPLICANT, "receivedAt", "missingMaterials",
            "noticeNotes"),
    ACCEPTANCE_NOTICE("acceptance-notice", "受理通知书", false, Values.APPLICANT, "acceptedAt", "decisionLastDay"),
    NON_ACCEPTANCE_DECISION("non-acceptance-decision", "不予受理决定书", false, Values.APPLICANT, "rejectionReason"),
    LICENCE_GRANT("licence-grant", "准予行政许可决定书", true, Values.APPLICANT, "receivedAt", "acceptedAt",
            "serviceItemLegalBasis", "certificateName", "certificateNumber"),
    LICENCE_REFUSAL("licence-refusal", "不予行政许可决定书", true, Values.APPLICANT, "receivedAt", "acceptedAt",
            "decisionReasons");

    /** Groups of values several kinds share. */
    static final class Values {
        /** Every document: who issues it, its number, date and verification code, the case it belongs to. */
        static final String[] COMMON = { "agencyName", "documentTitle", "documentNumber", "documentDate",
                "verificationCode", "verifyAddress", "caseNumber" };
        static final String[] PARTY = { "partyName", "partyType", "partyIdNumber", "legalRepresentative",
                "partyAddress" };
        static final String[] APPLICANT = { "applicantName", "applicantIdNumber", "legalRepresentative",
                "serviceItemName", "applicationNumber" };
        static final String[] DECISION = { "caseCause", "facts", "evidenceList", "statementMade", "statementSummary",
                "hearingHeld", "hearingHeldAt", "legalBasis", "discretionRule" };

        private Values() {
        }
    }

    private final String key;
    private final String title;
    private final boolean decision;
    private final Set<String> names;

    DocumentKind(String key, String title, boolean decision, Object... own) {
        this.key = key;
        this.title = title;
        this.decision = decision;
        Set<String> names = new LinkedHashSet<>(Arrays.asList(Values.COMMON));
        for (Object value : own) {
            if (value instanceof String[] group) {
                names.addAll(Arrays.asList(group));
            } else {
                names.add((String) value);
            }
        }
        this.names = Set.copyOf(names);
    }

    /** The template's name, e.g. {@code penalty-decision}. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** Whether this is a decision document (决定书): numbered by the caller and also produced for the portal. */
    public boolean decision() {
        return decision;
    }

    /** Whether the document carries a 文号: the decisions and the coercive measures' decisions. */
    public boolean numbered() {
        return decision || this == COERCION_DECISION || this == COERCION_EXTENSION || this == COERCION_RELEASE
                || this == EXECUTION_DECISION;
    }

    /** The names of the values the issuing step passes and its template may use. */
    public Set<String> names() {
        return names;
    }

    public static Optional<DocumentKind> byKey(String key) {
        return Stream.of(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
