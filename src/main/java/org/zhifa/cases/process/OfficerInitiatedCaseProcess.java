package org.zhifa.cases.process;

import org.springframework.modulith.NamedInterface;

/**
 * The names of {@code bpmn/officer-initiated-case.bpmn} (RM11, Administrative Penalty Law): its key and the steps
 * other code refers to. The variables of its steps are named in its step rules, beside the checks that read them.
 */
@NamedInterface("names")
public final class OfficerInitiatedCaseProcess {

    public static final String KEY = "officer-initiated-case";
    /** The start form (案件来源登记 / 检查立项), checked like a step. */
    public static final String START_EVENT_CASE_REPORTED = "StartEvent_CaseReported";

    /** Further steps of the model, as its tests refer to them. */
    public static final String GATEWAY_OPINION_AS_NOTIFIED = "Gateway_OpinionAsNotified";

    /** Steps of the model other code refers to. */
    public static final String END_CASE_CLOSED = "End_CaseClosed";
    public static final String END_PAYMENT_OVERDUE_NOTED = "End_PaymentOverdueNoted";
    public static final String TASK_ARCHIVE = "Task_Archive";
    public static final String TASK_ASSESS_MAJOR_DECISION = "Task_AssessMajorDecision";
    public static final String TASK_ASSIGN_OFFICERS = "Task_AssignOfficers";
    public static final String TASK_CLOSE_WITHOUT_DECISION = "Task_CloseWithoutDecision";
    public static final String TASK_COERCION_APPROVAL = "Task_CoercionApproval";
    public static final String TASK_COERCION_EXTENSION = "Task_CoercionExtension";
    public static final String TASK_COERCION_MEASURE = "Task_CoercionMeasure";
    public static final String TASK_COERCION_OUTCOME = "Task_CoercionOutcome";
    public static final String TASK_COERCION_OVERDUE = "Task_CoercionOverdue";
    public static final String TASK_COLLECT_EVIDENCE = "Task_CollectEvidence";
    public static final String TASK_COMMITTEE_CONCLUSION = "Task_CommitteeConclusion";
    public static final String TASK_COMMITTEE_OPINION = "Task_CommitteeOpinion";
    public static final String TASK_COMPULSORY_EXECUTION = "Task_CompulsoryExecution";
    public static final String TASK_CONVENE_COMMITTEE = "Task_ConveneCommittee";
    public static final String TASK_DISPOSE_CONFISCATED = "Task_DisposeConfiscated";
    public static final String TASK_EXPERT_REVIEW = "Task_ExpertReview";
    public static final String TASK_FILING_APPROVAL = "Task_FilingApproval";
    public static final String TASK_HANDLER_OPINION = "Task_HandlerOpinion";
    public static final String TASK_HEARING_RECORD = "Task_HearingRecord";
    public static final String TASK_INVESTIGATION = "Task_Investigation";
    public static final String TASK_ISSUE_DECISION = "Task_IssueDecision";
    public static final String TASK_LEADER_APPROVAL = "Task_LeaderApproval";
    public static final String TASK_NOTIFY_RIGHTS = "Task_NotifyRights";
    public static final String TASK_ON_SITE_INSPECTION = "Task_OnSiteInspection";
    public static final String TASK_PRESERVATION_REGISTRATION = "Task_PreservationRegistration";
    public static final String TASK_PRESERVATION_DECISION = "Task_PreservationDecision";
    public static final String TASK_QUESTIONING = "Task_Questioning";
    public static final String TASK_RECORD_PARTY_RESPONSE = "Task_RecordPartyResponse";
    public static final String TASK_RECORD_PERFORMANCE = "Task_RecordPerformance";
    public static final String TASK_SAMPLING = "Task_Sampling";
    public static final String TASK_SERVE_DECISION = "Task_ServeDecision";
    public static final String TASK_TESTING = "Task_Testing";
    public static final String TASK_UNIT_REVIEW = "Task_UnitReview";
    public static final String TIMER_HEARING_REQUEST_WINDOW = "Timer_HearingRequestWindow";
    public static final String TIMER_PAYMENT_OVERDUE = "Timer_PaymentOverdue";
    public static final String TASK_HEARING_NOTICE = "Task_HearingNotice";
    public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";

    private OfficerInitiatedCaseProcess() {
    }
}
