package org.zhifa.engine.process;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.zhifa.engine.FormSchema;

/** The forms a recorded step's values are shown with: the step's own, then its model's others. */
public final class RecordedStepForms {

    private RecordedStepForms() {
    }

    /**
     * @param definitionId the process definition the step ran in
     * @param activityId   the step; null for the model's forms only
     * @return the forms, the step's own first; a step without a form contributes {@link FormSchema#NONE}
     */
    public static List<FormSchema> of(ProcessEngine engine, String definitionId, String activityId) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                () -> StepForms.describing(context, definitionId, activityId)));
    }
}
