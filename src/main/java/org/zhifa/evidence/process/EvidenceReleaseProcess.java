package org.zhifa.evidence.process;

import org.springframework.modulith.NamedInterface;

/** The names of {@code bpmn/evidence-release.bpmn} (RM23): its key, task ids and variables, said once. */
@NamedInterface("names")
public final class EvidenceReleaseProcess {

    public static final String KEY = "evidence-release";

    /** Further steps of the model, as its tests refer to them. */
    public static final String END_APPROVED = "End_Approved";
    public static final String END_REFUSED = "End_Refused";
    public static final String TASK_REGISTER_DECISION = "Task_RegisterDecision";
    public static final String TASK_APPROVAL = "Task_ReleaseApproval";

    public static final String CASE_NUMBER = "caseNumber";
    public static final String EVIDENCE_ID = "evidenceId";
    public static final String EVIDENCE_DESCRIPTION = "evidenceDescription";
    public static final String RECIPIENT = "recipient";
    public static final String PURPOSE = "purpose";
    public static final String BASIS = "basis";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String REQUESTED_BY_NAME = "requestedByName";
    // the head's approval
    public static final String DECISION = "releaseDecision";
    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_REFUSE = "refuse";
    public static final String OPINION = "releaseOpinion";

    private EvidenceReleaseProcess() {
    }
}
