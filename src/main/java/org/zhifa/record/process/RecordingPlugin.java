package org.zhifa.record.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.zhifa.record.CaseRecord;

/**
 * Installs the full-process record into the engine: the parse listener that records every step of every model and
 * the history handler that hands submitted values to it. Needs history level audit or full, where the engine reports
 * variable writes; a lower level stops start-up.
 */
@Component
@ConditionalOnProperty(name = "zhifa.record.enabled", havingValue = "true", matchIfMissing = true)
class RecordingPlugin extends AbstractProcessEnginePlugin {

    private final CommandBuffers buffers;
    private final StepRecorder recorder;

    RecordingPlugin(CaseRecord caseRecord) {
        this.buffers = new CommandBuffers(caseRecord::append);
        this.recorder = new StepRecorder(buffers);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new RecordingParseListener(recorder));
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new ArrayList<>());
        }
        configuration.getCustomHistoryEventHandlers().add(new StepVariables(buffers));
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new HistoryDeletions(buffers));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (configuration.getHistoryLevel().getId() < HistoryLevel.HISTORY_LEVEL_AUDIT.getId()) {
            throw new IllegalStateException("全过程记录需要流程引擎历史级别 audit 或 full（RM3），当前为 "
                    + configuration.getHistoryLevel().getName() + "：请设置 camunda.bpm.history-level=full");
        }
    }
}
