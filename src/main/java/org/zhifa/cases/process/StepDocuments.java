package org.zhifa.cases.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.zhifa.cases.internal.CaseValues;
import org.zhifa.cases.internal.DocumentValues;
import org.zhifa.cases.internal.StepRecordValues;
import org.zhifa.cases.internal.StepValues;
import org.zhifa.documents.DocumentKind;

/**
 * The document each step of a case model issues once it is complete (RM3): the act's record or notice, made from
 * the values the step recorded, in the step's own transaction — a refused step issues nothing.
 */
final class StepDocuments {

    /**
     * A step's document: its kind, the case variable that links it, when the step issues it, and its values.
     */
    record StepDocument(DocumentKind kind, String variable, Predicate<StepValues> when,
            Function<StepValues, Map<String, Object>> values) {

        StepDocument(DocumentKind kind, String variable, Function<StepValues, Map<String, Object>> values) {
            this(kind, variable, v -> true, values);
        }
    }

    static final List<String> LEGAL_REVIEW_CHECKS = List.of("checkCompetence", "checkFacts", "checkEvidence",
            "checkLegalBasis", "checkDiscretion", "checkProcedure", "checkRights");

    private static final StepDocument LEGAL_REVIEW = new StepDocument(DocumentKind.LEGAL_REVIEW_OPINION,
            "legalReviewDocument", v -> StepRecordValues.legalReview(v, LEGAL_REVIEW_CHECKS));
    private static final StepDocument SERVICE_RECEIPT = new StepDocument(DocumentKind.SERVICE_RECEIPT,
            "serviceReceiptDocument", StepRecordValues::serviceReceipt);

    private StepDocuments() {
    }

    /** The officer-initiated model's documents, by task. */
    static Map<String, StepDocument> officerInitiated() {
        return Map.of(
                OfficerInitiatedCaseProcess.TASK_FILING_APPROVAL, new StepDocument(DocumentKind.FILING_APPROVAL,
                        "filingApprovalDocument", StepRecordValues::filingApproval),
                OfficerInitiatedCaseProcess.TASK_QUESTIONING, new StepDocument(DocumentKind.QUESTIONING_RECORD,
                        "questioningDocument", StepRecordValues::questioning),
                OfficerInitiatedCaseProcess.TASK_ON_SITE_INSPECTION, new StepDocument(DocumentKind.ON_SITE_RECORD,
                        "onSiteDocument", StepRecordValues::onSite),
                OfficerInitiatedCaseProcess.TASK_NOTIFY_RIGHTS, new StepDocument(DocumentKind.PENALTY_RIGHTS_NOTICE,
                        "rightsNoticeDocument", v -> DocumentValues.rightsNotice(v.values(),
                                CaseValues.list(v.get("proposedPenalties")), v.flag("hearingRightGranted"),
                                LocalDate.parse(v.text("hearingWindowLastDay")))),
                OfficerInitiatedCaseProcess.TASK_HEARING_NOTICE, new StepDocument(DocumentKind.HEARING_NOTICE,
                        "hearingNoticeDocument", StepRecordValues::hearingNotice),
                OfficerInitiatedCaseProcess.TASK_HEARING_RECORD, new StepDocument(DocumentKind.HEARING_RECORD,
                        "hearingRecordDocument", StepRecordValues::hearingRecord),
                OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, LEGAL_REVIEW,
                OfficerInitiatedCaseProcess.TASK_SERVE_DECISION, SERVICE_RECEIPT);
    }

    /** The application-driven model's documents, by task. */
    static Map<String, StepDocument> application() {
        return Map.of(
                ApplicationCaseProcess.TASK_CHECK_MATERIALS, new StepDocument(DocumentKind.SUPPLEMENT_NOTICE,
                        "supplementNoticeDocument", v -> "notify".equals(v.text("materialsDecision")),
                        v -> DocumentValues.supplementNotice(v.values())),
                ApplicationCaseProcess.TASK_LEGAL_REVIEW, LEGAL_REVIEW,
                ApplicationCaseProcess.TASK_SERVE_CERTIFICATE, SERVICE_RECEIPT,
                ApplicationCaseProcess.TASK_SERVE_REFUSAL, SERVICE_RECEIPT);
    }

    /** RM20: the archiving step also refuses a case that lacks a document or a signed copy its agency requires. */
    static void checkBeforeArchiving(Map<String, StepRule> rules, Map<String, StepDocument> documents,
            DocumentIssuer issuer) {
        StepRule rule = rules.get(OfficerInitiatedCaseProcess.TASK_ARCHIVE);
        rules.put(OfficerInitiatedCaseProcess.TASK_ARCHIVE, s -> {
            rule.apply(s);
            if (!s.valid()) {
                return;
            }
            for (String missing : issuer.missingForArchive(s, documents)) {
                s.reject("dossierNumber", "卷宗", missing + "，不能归档（RM20）");
            }
        });
    }
}
