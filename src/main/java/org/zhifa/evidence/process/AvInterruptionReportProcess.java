package org.zhifa.evidence.process;

import org.springframework.modulith.NamedInterface;

/** The names of {@code bpmn/av-interruption-report.bpmn} (RM15, RM17): its key, task ids and variables, said once. */
@NamedInterface("names")
public final class AvInterruptionReportProcess {

    public static final String KEY = "av-interruption-report";

    /** Further steps of the model, as its tests refer to them. */
    public static final String END_EXPLAINED = "End_Explained";
    public static final String TASK_HEAD_INFORMED = "Task_HeadInformed";
    public static final String TASK_WRITTEN_EXPLANATION = "Task_WrittenExplanation";

    public static final String INTERRUPTED_STEP = "interruptedStep";
    public static final String REASON = "interruptionReason";
    public static final String REASON_TEXT = "interruptionReasonText";
    public static final String STOPPED_AT = "stoppedAt";
    public static final String REPORTED_BY = "reportedBy";
    // the head's instructions and the officer's written explanation
    public static final String HEAD_INSTRUCTIONS = "headInstructions";
    public static final String REMEDIAL_MEASURES = "remedialMeasures";
    public static final String WRITTEN_EXPLANATION = "writtenExplanation";

    private AvInterruptionReportProcess() {
    }
}
