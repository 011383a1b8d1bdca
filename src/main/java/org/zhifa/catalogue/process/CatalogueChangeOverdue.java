package org.zhifa.catalogue.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.catalogue.CatalogueChanges;

/** {@code Task_MarkCatalogueOverdue}: the deadline passed before a decision; flagged for supervisors (PM20.5). */
@Component("catalogueChangeOverdue")
class CatalogueChangeOverdue implements JavaDelegate {

    private final CatalogueChanges changes;

    CatalogueChangeOverdue(CatalogueChanges changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.markOverdue(execution.getProcessInstanceId());
    }
}
