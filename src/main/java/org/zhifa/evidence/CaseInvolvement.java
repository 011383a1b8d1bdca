package org.zhifa.evidence;

import java.util.Collection;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * RM22: who may see a case's evidence. Reviewing and oversight roles (unit reviewers, legal reviewers, leaders,
 * committee members, archivists, supervisors, administrators) see every case's; anyone else only the cases they took
 * part in — started, were assigned a step of, or handled.
 */
@Component
class CaseInvolvement {

    static final Set<String> SEE_ALL = Set.of("unit-reviewer", "legal-reviewer", "leader", "committee", "archivist",
            "supervisor", "camunda-admin");

    private final ProcessEngineConfigurationImpl engine;

    CaseInvolvement(ProcessEngineConfiguration engine) {
        this.engine = (ProcessEngineConfigurationImpl) engine;
    }

    boolean maySee(String user, Collection<String> groups, String businessKey) {
        if (groups.stream().anyMatch(SEE_ALL::contains)) {
            return true;
        }
        return engine.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            var history = engine.getHistoryService();
            boolean started = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .startedBy(user).count() > 0;
            boolean assigned = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                    .taskAssignee(user).count() > 0;
            if (started || assigned) {
                return true;
            }
            String[] instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .list().stream().map(i -> i.getId()).toArray(String[]::new);
            return instances.length > 0 && history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances)
                    .variableName("caseHandlers").list().stream()
                    .anyMatch(v -> String.valueOf(v.getValue()).contains("," + user + ","));
        });
    }
}
