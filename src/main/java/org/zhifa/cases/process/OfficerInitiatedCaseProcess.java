package org.zhifa.cases.process;

import org.springframework.modulith.NamedInterface;

/**
 * The names of {@code bpmn/officer-initiated-case.bpmn} (RM11, Administrative Penalty Law): its key and the steps
 * other code refers to. The variables of its steps are named in its step rules, beside the checks that read them.
 */
@NamedInterface("names")
public final class OfficerInitiatedCaseProcess {

    public static final String KEY = "officer-initiated-case";
    public static final String TASK_HEARING_NOTICE = "Task_HearingNotice";
    public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";

    private OfficerInitiatedCaseProcess() {
    }
}
