package org.zhifa.disclosure.process;

/** The names of {@code bpmn/result-disclosure.bpmn}: its key, task ids and variables, said once. */
public final class ResultDisclosureProcess {

    public static final String KEY = "result-disclosure";
    public static final String TASK_REVIEW = "Task_ReviewPublication";

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
    public static final String GROUND = "withholdGround";
    public static final String REASON = "withholdReason";
    public static final String SECRETS = "involvesSecrets";
    public static final String EXCEPTION_BASIS = "exceptionBasis";
    public static final String EXCEPTION_APPROVED = "exceptionApproved";

    private ResultDisclosureProcess() {
    }
}
