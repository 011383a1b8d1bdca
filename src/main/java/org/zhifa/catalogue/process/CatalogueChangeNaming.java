package org.zhifa.catalogue.process;

import static org.zhifa.engine.process.StepVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.zhifa.catalogue.CatalogueChanges;

/**
 * Names a change as it starts from Tasklist's start form — {@code CAT-agency-section-key}, the chain its steps are
 * recorded in; a change the API started has its key already.
 */
@Component("catalogueChangeNaming")
class CatalogueChangeNaming implements ExecutionListener {

    private final CatalogueChanges changes;

    CatalogueChangeNaming(CatalogueChanges changes) {
        this.changes = changes;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
            execution.setProcessBusinessKey(changes.businessKey(text(execution, CatalogueChangeProcess.AGENCY),
                    text(execution, CatalogueChangeProcess.SECTION), text(execution, CatalogueChangeProcess.ITEM_KEY)));
        }
    }
}
