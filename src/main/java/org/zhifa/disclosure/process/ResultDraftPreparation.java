package org.zhifa.disclosure.process;

import static org.zhifa.disclosure.process.ResultDisclosureProcess.*;
import static org.zhifa.engine.process.StepVariables.text;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.disclosure.DecisionToDisclose;
import org.zhifa.disclosure.PublishedContent;
import org.zhifa.disclosure.ResultDisclosure;
import org.zhifa.disclosure.ResultDisclosure.Prepared;

/** {@code Task_PrepareDraft}: the publication's redacted draft, its PM14 deadline and whether the party is a minor. */
@Component("resultDraftPreparation")
class ResultDraftPreparation implements JavaDelegate {

    private final ResultDisclosure disclosure;

    ResultDraftPreparation(ResultDisclosure disclosure) {
        this.disclosure = disclosure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DecisionToDisclose decision = new DecisionToDisclose(execution.getProcessBusinessKey(),
                execution.getProcessInstanceId(), text(execution, DECISION_NUMBER), text(execution, CASE_KIND),
                text(execution, OUTCOME), text(execution, AGENCY), text(execution, AGENCY_NAME),
                LocalDate.parse(text(execution, DECISION_DATE)), text(execution, CASE_CAUSE),
                text(execution, PARTY_TYPE), text(execution, PARTY_NAME), text(execution, LEGAL_REPRESENTATIVE),
                text(execution, PENALTIES), text(execution, FINE_AMOUNT), text(execution, DECIDED_FACTS),
                text(execution, DECIDED_LEGAL_BASIS), text(execution, CERTIFICATE_NUMBER),
                text(execution, DOCUMENT_SHA256), text(execution, PARTY_ID_NUMBER), text(execution, PARTY_ADDRESS),
                text(execution, PARTY_PHONE));
        Prepared prepared = disclosure.prepare(decision);
        PublishedContent draft = prepared.draft();
        execution.setVariable(PUBLICATION_ID, prepared.publicationId());
        execution.setVariable(DEADLINE, prepared.deadline().lastDay().toString());
        execution.setVariable(DUE, prepared.deadline().due());
        execution.setVariable(WARN_AT, prepared.deadline().warnAt());
        execution.setVariable(MINOR, prepared.minor());
        execution.setVariable(FORM, draft.form());
        execution.setVariable(SECRETS, false);
        execution.setVariable(CASE_NAME, draft.caseName());
        execution.setVariable(PARTY_SHOWN, draft.partyShown());
        execution.setVariable(FACTS, draft.facts());
        execution.setVariable(LEGAL_BASIS, draft.legalBasis());
        execution.setVariable(DECISION, draft.decision());
        execution.setVariable(FULL_TEXT, draft.fullText());
        execution.setVariable(MARKED_UP, prepared.markedUp());
    }
}
