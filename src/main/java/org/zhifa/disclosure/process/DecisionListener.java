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
        variables.put("caseProcessInstanceId", decision.processInstanceId());
        variables.put("caseKind", decision.caseKind());
        variables.put("outcome", decision.outcome());
        variables.put("agencyCode", decision.agencyCode());
        variables.put("agencyName", decision.agencyName());
        variables.put("decisionDate", decision.decisionDate().toString());
        variables.put("caseCause", decision.caseCause());
        variables.put("partyType", decision.partyType());
        variables.put("partyName", decision.partyName());
        variables.put("legalRepresentative", decision.legalRepresentative());
        variables.put("penalties", decision.penalties() == null ? null : String.join(",", decision.penalties()));
        variables.put("fineAmount", decision.fineAmount() == null ? null : decision.fineAmount().toPlainString());
        variables.put("facts", decision.facts());
        variables.put("legalBasis", decision.legalBasis());
        variables.put("certificateNumber", decision.certificateNumber());
        variables.put("documentSha256", decision.documentSha256());
        variables.put("partyIdNumber", Variables.stringValue(decision.partyIdNumber(), true));
        variables.put("partyAddress", Variables.stringValue(decision.partyAddress(), true));
        variables.put("partyPhone", Variables.stringValue(decision.partyPhone(), true));
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
