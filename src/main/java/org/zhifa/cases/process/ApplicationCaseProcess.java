package org.zhifa.cases.process;

import org.springframework.modulith.NamedInterface;

/**
 * The names of {@code bpmn/application-case.bpmn} (licensing, Administrative Licensing Law): its key, the steps
 * other code refers to and the variables the server derives and reads back (receipt, materials, deadlines). The
 * variables a handler submits at a step are named in its step rules, beside the checks that read them.
 */
@NamedInterface("names")
public final class ApplicationCaseProcess {

    public static final String KEY = "application-case";

    /** Steps of the model other code refers to. */
    public static final String END_GRANTED = "End_Granted";
    public static final String END_NOT_ACCEPTED = "End_NotAccepted";
    public static final String END_REFUSED = "End_Refused";
    public static final String END_WITHDRAWN = "End_Withdrawn";
    public static final String TASK_ACCEPT = "Task_Accept";
    public static final String TASK_CHECK_MATERIALS = "Task_CheckMaterials";
    public static final String TASK_DECIDE = "Task_Decide";
    public static final String TASK_DEEM_ACCEPTED = "Task_DeemAccepted";
    public static final String TASK_EXAMINE = "Task_Examine";
    public static final String TASK_EXPERT_REVIEW = "Task_ExpertReview";
    public static final String TASK_EXTENSION_APPROVAL = "Task_ExtensionApproval";
    public static final String TASK_HEARING = "Task_Hearing";
    public static final String TASK_ISSUE_CERTIFICATE = "Task_IssueCertificate";
    public static final String TASK_ISSUE_REFUSAL = "Task_IssueRefusal";
    public static final String TASK_NOT_ACCEPT = "Task_NotAccept";
    public static final String TASK_REGISTER_APPLICATION = "Task_RegisterApplication";
    public static final String TASK_SERVE_CERTIFICATE = "Task_ServeCertificate";
    public static final String TASK_SERVE_REFUSAL = "Task_ServeRefusal";
    public static final String TASK_SITE_VERIFICATION = "Task_SiteVerification";
    public static final String TASK_SOLICIT_OPINIONS = "Task_SolicitOpinions";
    public static final String TASK_SUPPLEMENT = "Task_Supplement";
    public static final String TASK_TESTING = "Task_Testing";
    public static final String TIMER_NOTICE_DEADLINE = "Timer_NoticeDeadline";
    public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";

    /** The application's number as the applicant sees it, and the code that lets the applicant look it up. */
    public static final String APPLICATION_NUMBER = "applicationNumber";
    public static final String VERIFICATION_CODE = "verificationCode";
    /** The service item (事项) applied for, from the catalogue of the agency. */
    public static final String SERVICE_ITEM_NAME = "serviceItemName";
    public static final String SERVICE_ITEM_KIND = "serviceItemKind";
    public static final String SERVICE_ITEM_LEGAL_BASIS = "serviceItemLegalBasis";
    /** Materials: codes provided, codes missing, and the missing ones as names and as the notice's text. */
    public static final String MATERIALS_PROVIDED = "materialsProvided";
    public static final String MISSING_MATERIALS = "missingMaterials";
    /** The codes of the materials the applied item's guide requires, kept at registration. */
    public static final String REQUIRED_MATERIALS = "requiredMaterials";
    /** What the materials check confirms was received, from the item's materials its form offers. */
    public static final String RECEIVED_MATERIALS = "receivedMaterials";
    public static final String MISSING_MATERIALS_NAMES = "missingMaterialsNames";
    public static final String MISSING_MATERIALS_TEXT = "missingMaterialsText";
    /** Days of the procedure, ISO dates. */
    public static final String RECEIVED_AT = "receivedAt";
    public static final String ACCEPTED_AT = "acceptedAt";
    /** The one-time notice of missing materials (5 working days) and the decision (20 + 10 working days). */
    public static final String NOTICE_LAST_DAY = "noticeLastDay";
    public static final String NOTICE_DEADLINE = "noticeDeadline";
    public static final String DECISION_LAST_DAY = "decisionLastDay";
    public static final String DECISION_DEADLINE = "decisionDeadline";
    public static final String DECISION_WORKING_DAYS = "decisionWorkingDays";
    /** Working days the decision's period stood still (hearing, testing, expert review: not counted). */
    public static final String PAUSED_WORKING_DAYS = "pausedWorkingDays";

    private ApplicationCaseProcess() {
    }
}
