package org.zhifa.requests.process;

import org.springframework.modulith.NamedInterface;

/**
 * The names of {@code bpmn/correction-request.bpmn}: its key, task ids and variables, said once. The published
 * content carries the same variable names as the result's own disclosure review, so that one form shows both.
 */
@NamedInterface("names")
public final class CorrectionRequestProcess {

    public static final String KEY = "correction-request";
    public static final String TASK_VERIFY = "Task_VerifyCorrection";

    public static final String PUBLICATION_ID = "publicationId";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String REQUESTER = "requester";
    public static final String CONTACT = "requesterContact";
    public static final String DESCRIPTION = "correctionDescription";
    public static final String DUE = "correctionDue";
    // the published content, as the officer corrects it
    public static final String FORM = "publicationForm";
    public static final String CASE_NAME = "caseName";
    public static final String PARTY_SHOWN = "partyShown";
    public static final String FACTS = "publishedFacts";
    public static final String LEGAL_BASIS = "publishedLegalBasis";
    public static final String DECISION = "publishedDecision";
    public static final String FULL_TEXT = "publishedFullText";
    // the officer's verification
    public static final String CHOICE = "correctionDecision";
    public static final String CHOICE_CORRECT = "correct";
    public static final String REPLY = "correctionReply";

    private CorrectionRequestProcess() {
    }
}
