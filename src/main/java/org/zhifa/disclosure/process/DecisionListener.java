package org.zhifa.disclosure.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionMade;

/**
 * Every decision starts its disclosure (PM8.4, PM14) in the transaction that made it: a decision cannot be committed
 * without its disclosure process, so none is ever missed (PM20.1). The party's ID number, address and phone go in as
 * transient variables — the draft step uses them to redact and they are never stored with the disclosure.
 */
@Component
class DecisionListener {

    private final RuntimeService runtimeService;

    DecisionListener(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void on(DecisionMade decision) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ResultDisclosureProcess.DECISION_NUMBER, decision.decisionNumber());
        variables.put(ResultDisclosureProcess.CASE_PROCESS_INSTANCE, decision.processInstanceId());
        variables.put(ResultDisclosureProcess.CASE_KIND, decision.caseKind());
        variables.put(ResultDisclosureProcess.OUTCOME, decision.outcome());
        variables.put(ResultDisclosureProcess.AGENCY, decision.agencyCode());
        variables.put(ResultDisclosureProcess.AGENCY_NAME, decision.agencyName());
        variables.put(ResultDisclosureProcess.DECISION_DATE, decision.decisionDate().toString());
        variables.put(ResultDisclosureProcess.CASE_CAUSE, decision.caseCause());
        variables.put(ResultDisclosureProcess.PARTY_TYPE, decision.partyType());
        variables.put(ResultDisclosureProcess.PARTY_NAME, decision.partyName());
        variables.put(ResultDisclosureProcess.LEGAL_REPRESENTATIVE, decision.legalRepresentative());
        variables.put(ResultDisclosureProcess.PENALTIES, decision.penalties() == null ? null
                : String.join(",", decision.penalties()));
        variables.put(ResultDisclosureProcess.FINE_AMOUNT, decision.fineAmount() == null ? null
                : decision.fineAmount().toPlainString());
        variables.put(ResultDisclosureProcess.DECIDED_FACTS, decision.facts());
        variables.put(ResultDisclosureProcess.DECIDED_LEGAL_BASIS, decision.legalBasis());
        variables.put(ResultDisclosureProcess.CERTIFICATE_NUMBER, decision.certificateNumber());
        variables.put(ResultDisclosureProcess.DOCUMENT_SHA256, decision.documentSha256());
        variables.put(ResultDisclosureProcess.PARTY_ID_NUMBER, Variables.stringValue(decision.partyIdNumber(), true));
        variables.put(ResultDisclosureProcess.PARTY_ADDRESS, Variables.stringValue(decision.partyAddress(), true));
        variables.put(ResultDisclosureProcess.PARTY_PHONE, Variables.stringValue(decision.partyPhone(), true));
        // whoever made the decision starts its disclosure as part of it, with or without rights on that process
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            runtimeService.startProcessInstanceByKey(ResultDisclosureProcess.KEY, decision.businessKey(), variables);
        } else {
            command.runWithoutAuthorization(() -> runtimeService.startProcessInstanceByKey(ResultDisclosureProcess.KEY,
                    decision.businessKey(), variables));
        }
    }
}
