package org.zhifa.cases.process;

import org.springframework.modulith.NamedInterface;

/** The names of {@code bpmn/routine-inspection.bpmn} (administrative inspection): its key and steps. */
@NamedInterface("names")
public final class RoutineInspectionProcess {

    public static final String KEY = "routine-inspection";
    /** The start form (案件来源登记 / 检查立项), checked like a step. */
    public static final String START_EVENT_INSPECTION_PLANNED = "StartEvent_InspectionPlanned";

    /** Steps of the model other code refers to. */
    public static final String END_FINDINGS_REVIEWED = "End_FindingsReviewed";
    public static final String END_NO_VIOLATION = "End_NoViolation";
    public static final String END_OVERDUE_NOTED = "End_OverdueNoted";
    public static final String GATEWAY_VIOLATION_FOUND = "Gateway_ViolationFound";
    public static final String TIMER_INSPECTION_OVERDUE = "Timer_InspectionOverdue";
    public static final String TASK_ON_SITE = "Task_OnSiteInspection";
    public static final String TASK_REVIEW_FINDINGS = "Task_ReviewFindings";

    private RoutineInspectionProcess() {
    }
}
