package org.zhifa.engine.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.zhifa.engine.ModelRules;
import org.zhifa.engine.ModelSettings;

/**
 * Administrators change models, not history (RM4, RM24.4): models reach only the named process beans, project
 * classes and enabled script languages — checked at deployment ({@link ModelRulesDeployer}) and enforced as they run
 * ({@link GuardedExpressions}).
 */
@Component
class ModelRulesPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private final ModelSettings settings;

    ModelRulesPlugin(ApplicationContext context, ModelSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Set<String> beans = new LinkedHashSet<>(settings.beans());
        Set<String> defined = Set.of(context.getBeanDefinitionNames());
        for (String bean : beans) {
            if (!defined.contains(bean)) {
                throw new IllegalStateException("zhifa.models.beans 中的 “" + bean + "” 不是本系统的组件");
            }
        }
        configuration.setExpressionManager(new GuardedExpressions(context, beans));
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(new ModelRulesDeployer(new ModelRules(beans,
                Arrays.asList(context.getBeanDefinitionNames()), settings.scriptEngines())));
    }
}
