package org.zhifa.cases.process;

import static java.util.Map.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.zhifa.cases.internal.ApplicationRecordValues;
import org.zhifa.cases.internal.CaseValues;
import org.zhifa.cases.internal.DocumentValues;
import org.zhifa.cases.internal.ExecutionRecordValues;
import org.zhifa.cases.internal.InvestigationRecordValues;
import org.zhifa.cases.internal.ReviewRecordValues;
import org.zhifa.cases.internal.StepRecordValues;
import org.zhifa.cases.internal.StepValues;
import org.zhifa.documents.DocumentKind;
import org.zhifa.evidence.process.AvInterruptionReportProcess;

/**
 * The documents each step of a case model issues once it is complete (RM3): the act's record or notice, made from
 * the values the step recorded, in the step's own transaction — a refused step issues nothing.
 */
final class StepDocuments {

    /**
     * A step's document: its kind, the case variable that links it, when the step issues it, its values, the series
     * of its 文号 (null for a document without one), and the {@link #DOCUMENT_SET} from which archiving requires it
     * (a case opened under an earlier set passed the step before it issued this document).
     */
    record StepDocument(DocumentKind kind, String variable, Predicate<StepValues> when,
            Function<StepValues, Map<String, Object>> values, String series, int since) {

        StepDocument(DocumentKind kind, String variable, Function<StepValues, Map<String, Object>> values) {
            this(kind, variable, v -> true, values, null);
        }

        StepDocument(DocumentKind kind, String variable, Predicate<StepValues> when,
                Function<StepValues, Map<String, Object>> values) {
            this(kind, variable, when, values, null);
        }

        StepDocument(DocumentKind kind, String variable, Predicate<StepValues> when,
                Function<StepValues, Map<String, Object>> values, String series) {
            this(kind, variable, when, values, series, 1);
        }
    }

    static final List<String> LEGAL_REVIEW_CHECKS = List.of("checkCompetence", "checkFacts", "checkEvidence",
            "checkLegalBasis", "checkDiscretion", "checkProcedure", "checkRights");
    /** The 文号 series of coercive measures and of their release, e.g. 昆市监强制〔2026〕3号. */
    static final String COERCION_SERIES = "强制";
    static final String RELEASE_SERIES = "解强";
    /** The 文号 series of the agency's own compulsory execution, e.g. 昆市监强执〔2026〕1号. */
    static final String EXECUTION_SERIES = "强执";

    /**
     * The case variable, recorded when an officer-initiated case opens, that says which documents its steps and path
     * require before archiving: a case opened before documents were issued is not held to them, and one opened under
     * an earlier set is not held to a document added since ({@link StepDocument#since}). Adding a document to a step
     * that cases pass: raise the set and give the document the new number.
     */
    static final String DOCUMENT_SET = "documentSet";
    static final int CURRENT_DOCUMENT_SET = 1;

    private static final StepDocument LEGAL_REVIEW = new StepDocument(DocumentKind.LEGAL_REVIEW_OPINION,
            "legalReviewDocument", v -> StepRecordValues.legalReview(v, LEGAL_REVIEW_CHECKS));
    private static final StepDocument SERVICE_RECEIPT = new StepDocument(DocumentKind.SERVICE_RECEIPT,
            "serviceReceiptDocument", StepRecordValues::serviceReceipt);

    private StepDocuments() {
    }

    /** The officer-initiated model's documents, by task. */
    static Map<String, List<StepDocument>> officerInitiated() {
        return Map.ofEntries(
                entry(OfficerInitiatedCaseProcess.TASK_FILING_APPROVAL, List.of(new StepDocument(
                        DocumentKind.FILING_APPROVAL, "filingApprovalDocument", StepRecordValues::filingApproval))),
                entry(OfficerInitiatedCaseProcess.TASK_QUESTIONING, List.of(new StepDocument(
                        DocumentKind.QUESTIONING_RECORD, "questioningDocument", StepRecordValues::questioning))),
                entry(OfficerInitiatedCaseProcess.TASK_ON_SITE_INSPECTION, List.of(new StepDocument(
                        DocumentKind.ON_SITE_RECORD, "onSiteDocument", StepRecordValues::onSite))),
                entry(OfficerInitiatedCaseProcess.TASK_SAMPLING, List.of(new StepDocument(
                        DocumentKind.SAMPLING_RECORD, "samplingDocument", InvestigationRecordValues::sampling))),
                entry(OfficerInitiatedCaseProcess.TASK_TESTING, List.of(new StepDocument(
                        DocumentKind.TESTING_NOTICE, "testingDocument", InvestigationRecordValues::testing))),
                entry(OfficerInitiatedCaseProcess.TASK_PRESERVATION_REGISTRATION, List.of(new StepDocument(
                        DocumentKind.PRESERVATION_NOTICE, "preservationDocument",
                        InvestigationRecordValues::preservation))),
                entry(OfficerInitiatedCaseProcess.TASK_PRESERVATION_DECISION, List.of(new StepDocument(
                        DocumentKind.PRESERVATION_DECISION, "preservationDecisionDocument",
                        InvestigationRecordValues::preservationDecision))),
                entry(OfficerInitiatedCaseProcess.TASK_COERCION_MEASURE, List.of(new StepDocument(
                        DocumentKind.COERCION_DECISION, "coercionDecisionDocument", v -> true,
                        InvestigationRecordValues::coercionDecision, COERCION_SERIES))),
                entry(OfficerInitiatedCaseProcess.TASK_COERCION_EXTENSION, List.of(new StepDocument(
                        DocumentKind.COERCION_EXTENSION, "coercionExtensionDocument",
                        v -> "approve".equals(v.text("extensionDecision")), InvestigationRecordValues::coercionExtension,
                        COERCION_SERIES))),
                entry(OfficerInitiatedCaseProcess.TASK_COERCION_OUTCOME, List.of(new StepDocument(
                        DocumentKind.COERCION_RELEASE, "coercionReleaseDocument",
                        v -> "release".equals(v.text("coercionOutcome")), InvestigationRecordValues::coercionRelease,
                        RELEASE_SERIES))),
                entry(OfficerInitiatedCaseProcess.TASK_NOTIFY_RIGHTS, List.of(
                        new StepDocument(DocumentKind.PENALTY_RIGHTS_NOTICE, "rightsNoticeDocument",
                                v -> DocumentValues.rightsNotice(v.values(), CaseValues.list(v.get("proposedPenalties")),
                                        v.flag("hearingRightGranted"), v.text("hearingWindowLastDay") == null ? null
                                                : LocalDate.parse(v.text("hearingWindowLastDay")))),
                        new StepDocument(DocumentKind.SERVICE_RECEIPT, "rightsNoticeReceiptDocument",
                                StepRecordValues::noticeReceipt))),
                entry(OfficerInitiatedCaseProcess.TASK_HEARING_NOTICE, List.of(new StepDocument(
                        DocumentKind.HEARING_NOTICE, "hearingNoticeDocument", StepRecordValues::hearingNotice))),
                entry(OfficerInitiatedCaseProcess.TASK_HEARING_RECORD, List.of(
                        new StepDocument(DocumentKind.HEARING_RECORD, "hearingRecordDocument",
                                StepRecordValues::hearingRecord),
                        new StepDocument(DocumentKind.HEARING_REPORT, "hearingReportDocument",
                                StepRecordValues::hearingReport))),
                entry(OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, List.of(LEGAL_REVIEW)),
                entry(OfficerInitiatedCaseProcess.TASK_COMMITTEE_CONCLUSION, List.of(new StepDocument(
                        DocumentKind.COMMITTEE_RECORD, "committeeRecordDocument", ReviewRecordValues::committee))),
                entry(OfficerInitiatedCaseProcess.TASK_LEADER_APPROVAL, List.of(new StepDocument(
                        DocumentKind.CASE_APPROVAL, "caseApprovalDocument", ReviewRecordValues::caseApproval))),
                entry(OfficerInitiatedCaseProcess.TASK_SERVE_DECISION, List.of(SERVICE_RECEIPT)),
                entry(OfficerInitiatedCaseProcess.TASK_RECORD_PERFORMANCE, List.of(new StepDocument(
                        DocumentKind.PAYMENT_REMINDER, "paymentReminderDocument",
                        v -> "notPerformed".equals(v.text("performance")), ExecutionRecordValues::paymentReminder))),
                entry(OfficerInitiatedCaseProcess.TASK_COMPULSORY_EXECUTION, List.of(
                        new StepDocument(DocumentKind.EXECUTION_APPLICATION, "executionApplicationDocument",
                                v -> "court".equals(v.text("executionMethod")),
                                ExecutionRecordValues::executionApplication),
                        new StepDocument(DocumentKind.EXECUTION_DECISION, "executionDecisionDocument",
                                v -> "own".equals(v.text("executionMethod")), ExecutionRecordValues::executionDecision,
                                EXECUTION_SERIES))),
                entry(OfficerInitiatedCaseProcess.TASK_DISPOSE_CONFISCATED, List.of(new StepDocument(
                        DocumentKind.DISPOSAL_RECORD, "disposalDocument", ExecutionRecordValues::disposal))),
                entry(OfficerInitiatedCaseProcess.TASK_ARCHIVE, List.of(new StepDocument(
                        DocumentKind.CLOSING_APPROVAL, "closingApprovalDocument", ExecutionRecordValues::closingApproval))));
    }

    /** The application-driven model's documents, by task. */
    static Map<String, List<StepDocument>> application() {
        return Map.of(
                ApplicationCaseProcess.TASK_CHECK_MATERIALS, List.of(
                        new StepDocument(DocumentKind.MATERIALS_RECEIPT, "materialsReceiptDocument",
                                v -> ApplicationRecordValues.materialsReceipt(v, ApplicationMaterials.named(
                                        v.get(ApplicationCaseProcess.MISSING_MATERIALS_NAMES),
                                        CaseValues.list(v.get(ApplicationCaseProcess.MATERIALS_PROVIDED))))),
                        new StepDocument(DocumentKind.SUPPLEMENT_NOTICE, "supplementNoticeDocument",
                                v -> "notify".equals(v.text("materialsDecision")),
                                v -> DocumentValues.supplementNotice(v.values()))),
                ApplicationCaseProcess.TASK_SITE_VERIFICATION, List.of(new StepDocument(
                        DocumentKind.SITE_VERIFICATION_RECORD, "siteVerificationDocument",
                        ApplicationRecordValues::siteVerification)),
                ApplicationCaseProcess.TASK_HEARING, List.of(new StepDocument(DocumentKind.HEARING_RECORD,
                        "hearingRecordDocument", ApplicationRecordValues::hearingRecord)),
                ApplicationCaseProcess.TASK_EXTENSION_APPROVAL, List.of(new StepDocument(DocumentKind.EXTENSION_NOTICE,
                        "extensionNoticeDocument", v -> "approve".equals(v.text("extensionDecision")),
                        ApplicationRecordValues::extensionNotice)),
                ApplicationCaseProcess.TASK_LEGAL_REVIEW, List.of(LEGAL_REVIEW),
                ApplicationCaseProcess.TASK_SERVE_CERTIFICATE, List.of(SERVICE_RECEIPT),
                ApplicationCaseProcess.TASK_SERVE_REFUSAL, List.of(SERVICE_RECEIPT));
    }

    /** The interruption report's written explanation (RM17), filed with the case it belongs to. */
    static Map<String, List<StepDocument>> avInterruption() {
        return Map.of(AvInterruptionReportProcess.TASK_WRITTEN_EXPLANATION, List.of(new StepDocument(
                DocumentKind.AV_INTERRUPTION_EXPLANATION, "explanationDocument",
                InvestigationRecordValues::avInterruption)));
    }

    /**
     * RM20: the documents an officer-initiated case's path requires, by the case variable that links each, from what
     * its record says happened — a decision needs its rights notice (unless it imposes nothing), the approval form,
     * the decision and the receipt of its service, whatever steps were skipped; a required review or a requested
     * hearing needs its documents.
     */
    static Map<String, DocumentKind> requiredByPath(Function<String, Object> recorded) {
        Map<String, DocumentKind> required = new java.util.LinkedHashMap<>();
        required.put("filingApprovalDocument", DocumentKind.FILING_APPROVAL);
        if (recorded.apply(CaseVariables.DECISION_NUMBER) == null) {
            return required;
        }
        boolean noPenalty = CaseValues.list(recorded.apply("penalties")).contains("noPenalty");
        if (!noPenalty) {
            required.put("rightsNoticeDocument", DocumentKind.PENALTY_RIGHTS_NOTICE);
        }
        if (Boolean.TRUE.equals(recorded.apply("hearingRequested"))) {
            required.put("hearingNoticeDocument", DocumentKind.HEARING_NOTICE);
            required.put("hearingRecordDocument", DocumentKind.HEARING_RECORD);
            required.put("hearingReportDocument", DocumentKind.HEARING_REPORT);
        }
        if (Boolean.TRUE.equals(recorded.apply("legalReviewRequired"))) {
            required.put("legalReviewDocument", DocumentKind.LEGAL_REVIEW_OPINION);
        }
        if (Boolean.TRUE.equals(recorded.apply("collectiveDiscussionRequired"))) {
            required.put("committeeRecordDocument", DocumentKind.COMMITTEE_RECORD);
        }
        required.put("caseApprovalDocument", DocumentKind.CASE_APPROVAL);
        required.put("decisionDocument", noPenalty ? DocumentKind.NO_PENALTY_DECISION : DocumentKind.PENALTY_DECISION);
        required.put("serviceReceiptDocument", DocumentKind.SERVICE_RECEIPT);
        return required;
    }

    /** RM20: the archiving step also refuses a case that lacks a document or a signed copy its agency requires. */
    static void checkBeforeArchiving(Map<String, StepRule> rules, Map<String, List<StepDocument>> documents,
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
