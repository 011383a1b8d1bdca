package org.zhifa.cases.process;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import org.zhifa.cases.CaseSettings;
import org.zhifa.engine.BusinessKeyInUseException;
import org.zhifa.engine.BusinessKeys;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.cases.CaseNumbers;

/**
 * Every process instance belongs to a case: one started without a business key (Tasklist leaves it optional) gets the
 * next case number (an application the next application number); one called by another process takes its caller's
 * key. Processes that are not cases say so and name themselves.
 */
@Component
class CaseKeyPlugin extends AbstractProcessEnginePlugin {


    private final CaseNumbers caseNumbers;
    private final BusinessKeys businessKeys;
    private final Pattern reserved;

    CaseKeyPlugin(CaseNumbers caseNumbers, BusinessKeys businessKeys, CaseSettings settings) {
        this.caseNumbers = caseNumbers;
        this.businessKeys = businessKeys;
        this.reserved = Pattern.compile("(" + Pattern.quote(settings.numberPrefix()) + "|SQ)-\\d{4}-\\d+");
    }

    /** Case and application numbers are the server's to give: a user naming one could take a number not yet given. */
    private boolean reserved(String key) {
        return reserved.matcher(key.strip()).matches();
    }

    private static boolean userStart() {
        CommandContext context = Context.getCommandContext();
        return context != null && context.getAuthenticatedUserId() != null && context.isAuthorizationCheckEnabled();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                boolean numbered = numbered(element);
                boolean application = ApplicationCaseProcess.KEY.equals(definition.getKey());
                // whatever the model, a user may not take a number the server gives
                definition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) execution -> assignKey(execution, numbered, application));
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

    private void assignKey(DelegateExecution execution, boolean numbered, boolean application) {
        String given = execution.getProcessBusinessKey();
        if (given != null && !given.isBlank()) {
            if (execution.getSuperExecution() == null && userStart() && reserved(given)) {
                if (businessKeys.registered(given)) {
                    throw new BusinessKeyInUseException(given);
                }
                throw new InvalidSubmissionException("启动案件", List.of(new FieldError("businessKey", "业务编号",
                        "“" + given + "”是系统自动编号的格式，只能由系统分配；不填业务编号时系统自动编号")));
            }
            return;
        }
        if (!numbered) {
            return;
        }
        DelegateExecution caller = execution.getSuperExecution();
        String key = caller != null && caller.getProcessBusinessKey() != null ? caller.getProcessBusinessKey()
                : application ? caseNumbers.nextApplication() : caseNumbers.next();
        execution.setProcessBusinessKey(key);
    }
}
