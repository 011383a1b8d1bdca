package org.zhifa.cases.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import org.zhifa.cases.CaseNumbers;

/**
 * Every process instance belongs to a case: one started without a business key (Tasklist leaves it optional) gets the
 * next case number (an application the next application number); one called by another process takes its caller's
 * key. Processes that are not cases say so and name themselves.
 */
@Component
class CaseKeyPlugin extends AbstractProcessEnginePlugin {

    static final String APPLICATION_CASE = "application-case";

    private final CaseNumbers caseNumbers;

    CaseKeyPlugin(CaseNumbers caseNumbers) {
        this.caseNumbers = caseNumbers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                if (!numbered(element)) {
                    return;
                }
                boolean application = APPLICATION_CASE.equals(definition.getKey());
                definition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) execution -> assignKey(execution, application));
            }
        });
    }

    /**
     * Whether the process is a case that takes a case number: not one that declares
     * {@code <camunda:property name="caseNumber" value="none"/>} (the yearly statistics, catalogue changes — they
     * name themselves, and must not leave gaps in the case numbers).
     */
    static boolean numbered(Element process) {
        Element extensions = process.element("extensionElements");
        if (extensions == null) {
            return true;
        }
        for (Element properties : extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties")) {
            for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
                if ("caseNumber".equals(property.attribute("name")) && "none".equals(property.attribute("value"))) {
                    return false;
                }
            }
        }
        return true;
    }

    private void assignKey(DelegateExecution execution, boolean application) {
        if (execution.getProcessBusinessKey() != null && !execution.getProcessBusinessKey().isBlank()) {
            return;
        }
        DelegateExecution caller = execution.getSuperExecution();
        String key = caller != null && caller.getProcessBusinessKey() != null ? caller.getProcessBusinessKey()
                : application ? caseNumbers.nextApplication() : caseNumbers.next();
        execution.setProcessBusinessKey(key);
    }
}
