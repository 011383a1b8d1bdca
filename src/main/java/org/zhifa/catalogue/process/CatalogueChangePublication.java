package org.zhifa.catalogue.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.catalogue.CatalogueChanges;
import org.zhifa.engine.process.StepVariables;

/** {@code Task_PublishCatalogueChange}: the reviewed version becomes what the portal shows (PM15). */
@Component("catalogueChangePublication")
class CatalogueChangePublication implements JavaDelegate {

    private final CatalogueChanges changes;

    CatalogueChangePublication(CatalogueChanges changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.publish(execution.getProcessInstanceId(), StepVariables.actor(execution));
    }
}
