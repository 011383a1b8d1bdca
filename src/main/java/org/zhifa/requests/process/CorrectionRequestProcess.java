package org.zhifa.requests.process;

import org.springframework.modulith.NamedInterface;
import org.zhifa.disclosure.process.ResultDisclosureProcess;

/**
 * The names of {@code bpmn/correction-request.bpmn}: its key, task ids and variables, said once. The publication and
 * its content carry the names of {@link ResultDisclosureProcess} (publication id, decision number, case name,
 * facts…), so that the officer corrects the same fields the disclosure review showed.
 */
@NamedInterface("names")
public final class CorrectionRequestProcess {

    public static final String KEY = "correction-request";

    /** Further steps of the model, as its tests refer to them. */
    public static final String END_CORRECTED = "End_Corrected";
    public static final String END_REFUSED = "End_Refused";
    public static final String TASK_CORRECT = "Task_Correct";
    public static final String TASK_VERIFY = "Task_VerifyCorrection";

    /** The agency whose published result the request is about, which answers it. */
    public static final String AGENCY = RequestAnswers.AGENCY_CODE;
    public static final String AGENCY_NAME = RequestAnswers.AGENCY_NAME;
    public static final String REQUESTER = "requester";
    public static final String CONTACT = "requesterContact";
    public static final String DESCRIPTION = "correctionDescription";
    public static final String DUE = "correctionDue";
    // the officer's verification
    public static final String CHOICE = "correctionDecision";
    public static final String CHOICE_CORRECT = "correct";
    public static final String REPLY = "correctionReply";

    private CorrectionRequestProcess() {
    }
}
