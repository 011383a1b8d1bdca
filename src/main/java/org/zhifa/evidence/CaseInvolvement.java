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

    /**
     * A case that is still running and has reached {@code step} (an activity or task id of one of its instances).
     *
     * @param refusal what the caller may not do on a closed case, e.g. "不能再添加证据"
     * @throws EvidenceException 404 for an unknown case, 409 for a closed one, 400 for a step not reached
     */
    void requireRunningAt(String businessKey, String step, String refusal) {
        // the refusal is thrown outside the engine command, which would log it as an engine error (ENGINE-16004)
        EvidenceException refused = engine.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            // the disclosure of a decision and corrections of it run on after the case has closed; they are not the case
            var running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .list().stream().filter(i -> !i.getProcessDefinitionId().startsWith("result-disclosure:")
                            && !i.getProcessDefinitionId().startsWith("correction-request:")).toList();
            var history = engine.getHistoryService();
            if (running.isEmpty()) {
                boolean ended = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                        .count() > 0;
                return ended ? new EvidenceException(409, "案件 " + businessKey + " 已办结，" + refusal)
                        : new EvidenceException(404, "案件 " + businessKey + " 不存在");
            }
            boolean reached = running.stream().anyMatch(instance -> history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).activityId(step).count() > 0
                    || history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).taskId(step)
                            .count() > 0);
            return reached ? null
                    : new EvidenceException(400, "step “" + step + "”不是案件 " + businessKey + " 已进行的办案步骤");
        });
        if (refused != null) {
            throw refused;
        }
    }
}
