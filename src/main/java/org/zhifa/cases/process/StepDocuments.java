package org.zhifa.cases.process;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.zhifa.cases.internal.DocumentValues;
import org.zhifa.cases.internal.StepValues;
import org.zhifa.documents.DocumentKind;

/**
 * The document each step of a case model issues once its values pass the step's rule (RM3): the act's record or
 * notice, made from the values the step recorded, in the step's own transaction — a refused step issues nothing.
 */
final class StepDocuments {

    /** A step's document: its kind, the case variable that links it, and its values. */
    record StepDocument(DocumentKind kind, String variable, Function<StepValues, Map<String, Object>> values) {
    }

    static final List<String> LEGAL_REVIEW_CHECKS = List.of("checkCompetence", "checkFacts", "checkEvidence",
            "checkLegalBasis", "checkDiscretion", "checkProcedure", "checkRights");

    private StepDocuments() {
    }

    /** The officer-initiated model's documents, by task. */
    static Map<String, StepDocument> officerInitiated() {
        return Map.of(
                OfficerInitiatedCaseProcess.TASK_FILING_APPROVAL, new StepDocument(DocumentKind.FILING_APPROVAL,
                        "filingApprovalDocument", DocumentValues::filingApproval),
                OfficerInitiatedCaseProcess.TASK_QUESTIONING, new StepDocument(DocumentKind.QUESTIONING_RECORD,
                        "questioningDocument", DocumentValues::questioning),
                OfficerInitiatedCaseProcess.TASK_ON_SITE_INSPECTION, new StepDocument(DocumentKind.ON_SITE_RECORD,
                        "onSiteDocument", DocumentValues::onSite),
                OfficerInitiatedCaseProcess.TASK_HEARING_NOTICE, new StepDocument(DocumentKind.HEARING_NOTICE,
                        "hearingNoticeDocument", DocumentValues::hearingNotice),
                OfficerInitiatedCaseProcess.TASK_HEARING_RECORD, new StepDocument(DocumentKind.HEARING_RECORD,
                        "hearingRecordDocument", DocumentValues::hearingRecord),
                OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, new StepDocument(DocumentKind.LEGAL_REVIEW_OPINION,
                        "legalReviewDocument", v -> DocumentValues.legalReview(v, LEGAL_REVIEW_CHECKS)),
                OfficerInitiatedCaseProcess.TASK_SERVE_DECISION, new StepDocument(DocumentKind.SERVICE_RECEIPT,
                        "serviceReceiptDocument", DocumentValues::serviceReceipt));
    }

    /** The application-driven model's documents, by task. */
    static Map<String, StepDocument> application() {
        StepDocument receipt = new StepDocument(DocumentKind.SERVICE_RECEIPT, "serviceReceiptDocument",
                DocumentValues::serviceReceipt);
        return Map.of(ApplicationCaseProcess.TASK_SERVE_CERTIFICATE, receipt,
                ApplicationCaseProcess.TASK_SERVE_REFUSAL, receipt);
    }

    /** RM20: the archiving step also refuses a case that lacks a document or a signed copy its agency requires. */
    static void checkBeforeArchiving(Map<String, StepRule> rules, Map<String, StepDocument> documents,
            DocumentIssuer issuer) {
        StepRule rule = rules.get(OfficerInitiatedCaseProcess.TASK_ARCHIVE);
        rules.put(OfficerInitiatedCaseProcess.TASK_ARCHIVE, s -> {
            rule.apply(s);
            for (String missing : issuer.missingForArchive(s, documents)) {
                s.reject("dossierNumber", "卷宗", missing + "，不能归档（RM20）");
            }
        });
    }

    /** Each step's rule followed by its document, for the steps that issue one. */
    static void attach(Map<String, StepRule> rules, Map<String, StepDocument> documents, DocumentIssuer issuer) {
        documents.forEach((task, document) -> {
            StepRule rule = rules.get(task);
            rules.put(task, s -> {
                if (rule != null) {
                    rule.apply(s);
                }
                if (s.valid()) {
                    issuer.issueForStep(s, document);
                }
            });
        });
    }
}
