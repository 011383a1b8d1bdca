package org.zhifa.catalogue.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.catalogue.CatalogueChanges;
import org.zhifa.engine.process.StepVariables;

/** {@code Task_ReturnCatalogueChange}: the change goes back with the reviewer's reasons; nothing is published. */
@Component("catalogueChangeReturn")
class CatalogueChangeReturn implements JavaDelegate {

    private final CatalogueChanges changes;

    CatalogueChangeReturn(CatalogueChanges changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.returnChange(execution.getProcessInstanceId(),
                StepVariables.text(execution, CatalogueChangeProcess.REASON), StepVariables.actor(execution));
    }
}
