package org.zhifa.engine.process;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.zhifa.engine.BusinessKeys;

/**
 * Who may start what (RM3, PM12). A model says it with a process property: {@code startedBy=server} — only the
 * server starts it (a decision's disclosure, an evidence release…; the configured keys count as such whatever their
 * model says), {@code startableBy=handler,…} — members of those groups start it, from Tasklist or the API. A user's
 * start under a business key some process already had is refused (409); the key is registered for good. Processes
 * called by another take their caller's key and are not checked.
 */
final class StartPolicy extends AbstractBpmnParseListener {

    /** Property of a parsed model: the groups its {@code startableBy} names. */
    static final String STARTERS = "zhifa.startableBy";

    private final BusinessKeys businessKeys;
    private final Set<String> serverStarted;

    StartPolicy(BusinessKeys businessKeys, Collection<String> serverStarted) {
        this.businessKeys = businessKeys;
        this.serverStarted = Set.copyOf(serverStarted);
    }

    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity definition) {
        boolean serverOnly = serverStarted.contains(definition.getKey()) || "server".equals(property(element, "startedBy"));
        String groups = property(element, "startableBy");
        List<String> starters = groups == null ? null
                : Arrays.stream(groups.split(",")).map(String::strip).filter(g -> !g.isEmpty()).toList();
        if (starters != null) {
            definition.setProperty(STARTERS, starters);
        }
        definition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                (ExecutionListener) execution -> started(execution, definition, serverOnly, starters));
    }

    private void started(DelegateExecution execution, ProcessDefinitionEntity definition, boolean serverOnly,
            List<String> starters) {
        if (execution.getSuperExecution() != null || !execution.getId().equals(execution.getProcessInstanceId())) {
            return;
        }
        CommandContext context = Context.getCommandContext();
        String user = context.getAuthenticatedUserId();
        String key = execution.getProcessBusinessKey();
        boolean server = user == null || !context.isAuthorizationCheckEnabled();
        if (!server) {
            if (serverOnly) {
                throw new AuthorizationException("“" + name(definition) + "”只能由系统在案件办理中启动，" + user + " 不能直接启动");
            }
            List<String> groups = context.getAuthenticatedGroupIds() == null ? List.of() : context.getAuthenticatedGroupIds();
            if (starters != null && groups.stream().noneMatch(starters::contains)) {
                throw new AuthorizationException("“" + name(definition) + "”只能由" + String.join("、", starters)
                        + "岗位的人员启动，" + user + " 不在其中");
            }
        }
        if (key == null || key.isBlank()) {
            return;
        }
        if (server) {
            businessKeys.registerIfNew(key, definition.getKey(), execution.getProcessInstanceId());
        } else {
            businessKeys.registerNew(key, definition.getKey(), execution.getProcessInstanceId(), user);
        }
    }

    private static String name(ProcessDefinitionEntity definition) {
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }

    /** A {@code camunda:property} of the process element. */
    static String property(Element process, String name) {
        Element extensions = process.element("extensionElements");
        if (extensions == null) {
            return null;
        }
        return extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties").stream()
                .flatMap(properties -> properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream())
                .filter(property -> name.equals(property.attribute("name"))).map(property -> property.attribute("value"))
                .collect(Collectors.collectingAndThen(Collectors.toList(), values -> values.isEmpty() ? null : values.get(0)));
    }
}
