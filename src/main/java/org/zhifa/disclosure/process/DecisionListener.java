package org.zhifa.disclosure.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.cases.CaseDecisions.Decision;
import org.zhifa.cases.DecisionMade;
import org.zhifa.engine.EngineCalls;

/**
 * Every decision starts its disclosure (PM8.4, PM14) once the decision has committed: the event publication registry
 * keeps the announcement with the decision's transaction and retries this listener until it completes, so none is
 * missed (PM20.1) and a failure here never undoes the decision. The party's ID number, address and phone go in as
 * transient variables — the draft step uses them to redact and they are never stored with the disclosure.
 */
@Component
class DecisionListener {

    private final CaseDecisions decisions;
    private final ProcessEngine engine;

    DecisionListener(CaseDecisions decisions, ProcessEngine engine) {
        this.decisions = decisions;
        this.engine = engine;
    }

    @ApplicationModuleListener
    public void on(DecisionMade made) {
        Decision decision = decisions.find(made.decisionNumber()).orElseThrow(() -> new IllegalStateException(
                "决定 " + made.decisionNumber() + " 未登记"));
        if (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ResultDisclosureProcess.KEY)
                .variableValueEquals(ResultDisclosureProcess.DECISION_NUMBER, decision.decisionNumber()).count() > 0
                || engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processDefinitionKey(ResultDisclosureProcess.KEY)
                        .variableValueEquals(ResultDisclosureProcess.DECISION_NUMBER, decision.decisionNumber())
                        .count() > 0) {
            return; // a redelivery after the disclosure had started
        }
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
        variables.put(ResultDisclosureProcess.PENALTIES, decision.penalties().isEmpty() ? null
                : String.join(",", decision.penalties()));
        variables.put(ResultDisclosureProcess.FINE_AMOUNT, decision.fineAmount() == null ? null
                : decision.fineAmount().stripTrailingZeros().toPlainString());
        variables.put(ResultDisclosureProcess.DECIDED_FACTS, decision.facts());
        variables.put(ResultDisclosureProcess.DECIDED_LEGAL_BASIS, decision.legalBasis());
        variables.put(ResultDisclosureProcess.CERTIFICATE_NUMBER, decision.certificateNumber());
        variables.put(ResultDisclosureProcess.DOCUMENT_SHA256, decision.documentSha256());
        variables.put(ResultDisclosureProcess.PARTY_ID_NUMBER, Variables.stringValue(decision.partyIdNumber(), true));
        variables.put(ResultDisclosureProcess.PARTY_ADDRESS, Variables.stringValue(decision.partyAddress(), true));
        variables.put(ResultDisclosureProcess.PARTY_PHONE, Variables.stringValue(decision.partyPhone(), true));
        // the server starts the disclosure on the decision's behalf, whoever made the decision
        EngineCalls.asServer(engine, () -> engine.getRuntimeService().startProcessInstanceByKey(
                ResultDisclosureProcess.KEY, decision.businessKey(), variables));
    }
}
