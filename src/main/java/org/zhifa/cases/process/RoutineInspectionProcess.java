package org.zhifa.cases.process;

import org.springframework.modulith.NamedInterface;

/** The names of {@code bpmn/routine-inspection.bpmn} (administrative inspection): its key and steps. */
@NamedInterface("names")
public final class RoutineInspectionProcess {

    public static final String KEY = "routine-inspection";
    public static final String TASK_ON_SITE = "Task_OnSiteInspection";
    public static final String TASK_REVIEW_FINDINGS = "Task_ReviewFindings";

    private RoutineInspectionProcess() {
    }
}
