package org.zhifa.cases.process;

import org.springframework.modulith.NamedInterface;

/**
 * The names of {@code bpmn/application-case.bpmn} (licensing, Administrative Licensing Law): its key and the steps
 * other code refers to. The variables of its steps are named in its step rules, beside the checks that read them.
 */
@NamedInterface("names")
public final class ApplicationCaseProcess {

    public static final String KEY = "application-case";
    public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";

    private ApplicationCaseProcess() {
    }
}
