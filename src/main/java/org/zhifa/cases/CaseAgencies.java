package org.zhifa.cases;

import static org.zhifa.cases.process.CaseVariables.AGENCY_CODE;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import org.zhifa.engine.EngineCalls;

/**
 * Which agency a case belongs to (RM11.2: the agency that opened the case or received the application), for modules
 * that count or list cases by agency without reading the cases' variables themselves.
 */
@Component
public class CaseAgencies {

    private static final String AGENCY = AGENCY_CODE;
    private static final int BATCH = 500;

    private final ProcessEngine engine;

    CaseAgencies(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The agency code of each of the process instances that has one (running or ended); the others are absent. */
    public Map<String, String> of(Collection<String> processInstanceIds) {
        List<String> ids = List.copyOf(processInstanceIds);
        Map<String, String> agencies = new HashMap<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            String[] batch = ids.subList(i, Math.min(ids.size(), i + BATCH)).toArray(String[]::new);
            List<HistoricVariableInstance> found = EngineCalls.asServer(engine, () -> engine.getHistoryService()
                    .createHistoricVariableInstanceQuery().variableName(AGENCY).processInstanceIdIn(batch).list());
            for (HistoricVariableInstance variable : found) {
                if (variable.getValue() instanceof String code) {
                    agencies.put(variable.getProcessInstanceId(), code);
                }
            }
        }
        return agencies;
    }
}
