package org.zhifa.evidence;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;
import org.zhifa.engine.EngineCalls;
import org.zhifa.engine.ProcessProperties;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StateConflict;

/**
 * Whether a case is still running and has reached a step: evidence and interruption reports are added to steps a
 * running case has reached. Who may do so is {@link CaseAccess}'s rule.
 */
@Component
class CaseInvolvement {

    private final ProcessEngine engine;
    private final ProcessProperties properties;

    CaseInvolvement(ProcessEngine engine, ProcessProperties properties) {
        this.engine = engine;
        this.properties = properties;
    }

    /**
     * A case that is still running and has reached {@code step} (an activity or task id of one of its instances).
     *
     * @param refusal what the caller may not do on a closed case, e.g. "不能再添加证据"
     * @throws Refusal not found for an unknown case, a state conflict for a closed one, invalid for a step not reached
     */
    void requireRunningAt(String businessKey, String step, String refusal) {
        // the refusal is thrown outside the engine command, which would log it as an engine error (ENGINE-16004)
        Refusal refused = EngineCalls.asServer(engine, () -> {
            // processes that run on after the case has closed (a decision's disclosure, its corrections) are not the case
            var running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .list().stream().filter(i -> !properties.isTrue(i.getProcessDefinitionId(),
                            ProcessProperties.RUNS_AFTER_CASE)).toList();
            var history = engine.getHistoryService();
            if (running.isEmpty()) {
                boolean ended = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                        .count() > 0;
                return ended ? new StateConflict("案件 " + businessKey + " 已办结，" + refusal)
                        : new NotFound("案件 " + businessKey + " 不存在");
            }
            boolean reached = running.stream().anyMatch(instance -> history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).activityId(step).count() > 0
                    || history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).taskId(step)
                            .count() > 0);
            return reached ? null
                    : new InvalidInput("step “" + step + "”不是案件 " + businessKey + " 已进行的办案步骤");
        });
        if (refused != null) {
            throw refused;
        }
    }
}
