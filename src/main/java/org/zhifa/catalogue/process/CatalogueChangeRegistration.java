package org.zhifa.catalogue.process;

import static org.zhifa.catalogue.process.CatalogueChangeProcess.*;
import static org.zhifa.engine.process.StepVariables.actor;
import static org.zhifa.engine.process.StepVariables.flag;
import static org.zhifa.engine.process.StepVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.catalogue.CatalogueChanges;
import org.zhifa.catalogue.CatalogueChanges.Change;
import org.zhifa.catalogue.CatalogueChanges.Registration;

/** {@code Task_RegisterCatalogueChange}: registers the change as a new version and sets its deadline (PM14, PM15). */
@Component("catalogueChangeRegistration")
class CatalogueChangeRegistration implements JavaDelegate {

    private final CatalogueChanges changes;

    CatalogueChangeRegistration(CatalogueChanges changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String changedBy = text(execution, CHANGED_BY);
        Change change = new Change(text(execution, AGENCY), text(execution, SECTION), text(execution, ITEM_KEY),
                text(execution, TITLE), text(execution, CONTENT), text(execution, CONTENT_TEXT),
                flag(execution, REMOVAL), text(execution, NOTE), changedBy == null ? actor(execution) : changedBy);
        Registration registered = changes.register(change, execution.getProcessInstanceId());
        execution.setVariable(AGENCY_NAME, registered.agencyName());
        execution.setVariable(SECTION_NAME, registered.sectionName());
        execution.setVariable(VERSION, registered.version());
        execution.setVariable(TITLE, registered.title());
        execution.setVariable(CHANGE_TEXT, registered.changeText());
        execution.setVariable(NOTE, registered.note());
        execution.setVariable(CHANGED_BY, registered.changedBy());
        execution.setVariable(LAST_DAY, registered.deadline().lastDay().toString());
        execution.setVariable(DUE, registered.deadline().due());
        execution.setVariable(WARN_AT, registered.deadline().warnAt());
    }
}
