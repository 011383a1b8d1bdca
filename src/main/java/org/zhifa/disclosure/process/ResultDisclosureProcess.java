package org.zhifa.disclosure.process;

import static org.zhifa.engine.process.StepVariables.text;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.modulith.NamedInterface;
import org.zhifa.disclosure.PublishedContent;

/** The names of {@code bpmn/result-disclosure.bpmn}: its key, task ids and variables, said once. */
@NamedInterface("names")
public final class ResultDisclosureProcess {

    public static final String KEY = "result-disclosure";

    /** Further steps of the model, as its tests refer to them. */
    public static final String END_PUBLISHED = "End_Published";
    public static final String END_WITHHELD_MINOR = "End_WithheldMinor";
    public static final String TASK_DEADLINE_WARNING = "Task_DeadlineWarning";
    public static final String TASK_EXCEPTION_APPROVAL = "Task_ExceptionApproval";
    public static final String TASK_PREPARE_DRAFT = "Task_PrepareDraft";
    public static final String TASK_PUBLISH = "Task_Publish";
    public static final String TASK_WITHHOLD = "Task_Withhold";
    public static final String TASK_WITHHOLD_MINOR = "Task_WithholdMinor";
    public static final String TIMER_DEADLINE = "Timer_Deadline";
    public static final String TIMER_DEADLINE_WARNING = "Timer_DeadlineWarning";
    public static final String TASK_REVIEW = "Task_ReviewPublication";

    // the decision, as the case started its disclosure; the party's ID number, address and phone are transient
    public static final String CASE_PROCESS_INSTANCE = "caseProcessInstanceId";
    public static final String CASE_KIND = "caseKind";
    public static final String OUTCOME = "outcome";
    public static final String AGENCY = "agencyCode";
    public static final String AGENCY_NAME = "agencyName";
    public static final String DECISION_DATE = "decisionDate";
    public static final String CASE_CAUSE = "caseCause";
    public static final String PARTY_TYPE = "partyType";
    public static final String PARTY_NAME = "partyName";
    public static final String LEGAL_REPRESENTATIVE = "legalRepresentative";
    public static final String PENALTIES = "penalties";
    public static final String FINE_AMOUNT = "fineAmount";
    public static final String DECIDED_FACTS = "facts";
    public static final String DECIDED_LEGAL_BASIS = "legalBasis";
    public static final String CERTIFICATE_NUMBER = "certificateNumber";
    public static final String DOCUMENT_SHA256 = "documentSha256";
    public static final String PARTY_ID_NUMBER = "partyIdNumber";
    public static final String PARTY_ADDRESS = "partyAddress";
    public static final String PARTY_PHONE = "partyPhone";

    // written by the server as the draft is prepared
    public static final String PUBLICATION_ID = "publicationId";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String MINOR = "minor";
    public static final String DEADLINE = "disclosureLastDay";
    public static final String DUE = "disclosureDue";
    public static final String WARN_AT = "disclosureWarnAt";
    public static final String FORM = "publicationForm";
    public static final String CASE_NAME = "caseName";
    public static final String PARTY_SHOWN = "partyShown";
    public static final String FACTS = "publishedFacts";
    public static final String LEGAL_BASIS = "publishedLegalBasis";
    public static final String DECISION = "publishedDecision";
    public static final String FULL_TEXT = "publishedFullText";
    public static final String MARKED_UP = "redactionMarkedUp";
    public static final String CHOICE = "disclosureChoice";
    public static final String CHOICE_PUBLISH = "publish";
    public static final String GROUND = "withholdGround";
    public static final String REASON = "withholdReason";
    public static final String SECRETS = "involvesSecrets";
    public static final String EXCEPTION_BASIS = "exceptionBasis";
    public static final String EXCEPTION_APPROVED = "exceptionApproved";
    public static final String EXCEPTION_OPINION = "exceptionOpinion";

    private ResultDisclosureProcess() {
    }

    /** The publication's content as a step holds it (the review, a correction). */
    public static PublishedContent content(VariableScope step) {
        return new PublishedContent(text(step, FORM), text(step, CASE_NAME), text(step, PARTY_SHOWN),
                text(step, FACTS), text(step, LEGAL_BASIS), text(step, DECISION), text(step, FULL_TEXT));
    }
}
