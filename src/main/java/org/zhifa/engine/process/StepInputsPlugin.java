package org.zhifa.engine.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhifa.engine.BusinessKeys;
import org.zhifa.engine.ModelSettings;
import org.zhifa.engine.StartFormChoices;

/**
 * Installs the server's rules for what users may send the engine, for every client and every model, including models
 * deployed later: each step's form fields ({@link StepInputGuard}), no derived value written from outside
 * ({@link DerivedVariableGuard}), no value the server cannot keep ({@link UnstorableValues}), who may start what and
 * under which key ({@link StartPolicy}, {@link StarterGrants}); and hands refusals back as themselves
 * ({@link RuleViolations}).
 */
@Component
class StepInputsPlugin extends AbstractProcessEnginePlugin {

    private final BusinessKeys businessKeys;
    private final ModelSettings settings;
    private final ObjectProvider<StartFormChoices> startChoices;

    StepInputsPlugin(BusinessKeys businessKeys, ModelSettings settings, ObjectProvider<StartFormChoices> startChoices) {
        this.businessKeys = businessKeys;
        this.settings = settings;
        this.startChoices = startChoices;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new RuleViolations());
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new StepInputGuard(startChoices::stream));
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new FormParseListener());
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        // after the listeners that give a case its number, so the key it registers is the case's
        configuration.getCustomPostBPMNParseListeners().add(0, new StartPolicy(businessKeys, settings.serverStarted()));
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new ArrayList<>());
        }
        configuration.getCustomHistoryEventHandlers().add(new DerivedVariableGuard());
        if (configuration.getCustomPostDeployers() == null) {
            configuration.setCustomPostDeployers(new ArrayList<>());
        }
        configuration.getCustomPostDeployers().add(new StarterGrants());
        if (configuration.getCustomPostVariableSerializers() == null) {
            configuration.setCustomPostVariableSerializers(new ArrayList<>());
        }
        configuration.getCustomPostVariableSerializers().add(new UnstorableValues());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        businessKeys.registerEarlierStarts();
    }
}
