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
    /** Property of a parsed model: whether only the server starts it. */
    static final String SERVER_ONLY = "zhifa.serverOnly";

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
        definition.setProperty(SERVER_ONLY, serverOnly);
        if (groups != null) {
            definition.setProperty(STARTERS, Arrays.stream(groups.split(",")).map(String::strip)
                    .filter(g -> !g.isEmpty()).toList());
        }
        definition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                (ExecutionListener) execution -> started(execution, definition));
    }

    /**
     * Whether the current command's user may start the model: never a server-only one, and one that names its
     * starters only as one of them. Commands of the server itself (no user, authorization checks off) may.
     *
     * @throws AuthorizationException naming the model and why
     */
    @SuppressWarnings("unchecked")
    static void permit(CommandContext context, ProcessDefinitionEntity definition) {
        String user = context.getAuthenticatedUserId();
        if (user == null || !context.isAuthorizationCheckEnabled()) {
            return;
        }
        if (Boolean.TRUE.equals(definition.getProperty(SERVER_ONLY))) {
            throw new AuthorizationException("“" + name(definition) + "”只能由系统在案件办理中启动，" + user + " 不能直接启动");
        }
        Object starters = definition.getProperty(STARTERS);
        if (starters instanceof List<?> names) {
            List<String> groups = context.getAuthenticatedGroupIds() == null ? List.of() : context.getAuthenticatedGroupIds();
            if (groups.stream().noneMatch(names::contains)) {
                throw new AuthorizationException("“" + name(definition) + "”只能由" + String.join("、", groupNames(context,
                        (List<String>) names)) + "启动，" + user + " 不在其中");
            }
        }
    }

    private static List<String> groupNames(CommandContext context, List<String> ids) {
        return context.runWithoutAuthorization(() -> ids.stream().map(id -> {
            var group = context.getProcessEngineConfiguration().getIdentityService().createGroupQuery().groupId(id)
                    .singleResult();
            return group == null || group.getName() == null ? id : group.getName();
        }).toList());
    }

    private void started(DelegateExecution execution, ProcessDefinitionEntity definition) {
        if (execution.getSuperExecution() != null || !execution.getId().equals(execution.getProcessInstanceId())) {
            return;
        }
        CommandContext context = Context.getCommandContext();
        permit(context, definition);
        String user = context.getAuthenticatedUserId();
        String key = execution.getProcessBusinessKey();
        if (key == null || key.isBlank()) {
            return;
        }
        if (user == null || !context.isAuthorizationCheckEnabled()) {
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
