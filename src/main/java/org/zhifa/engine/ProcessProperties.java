package org.zhifa.engine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * What a deployed model says of itself in its process properties ({@code <camunda:property>} on the process), so
 * that other modules ask the model instead of listing process keys: {@code runsAfterCase=true} — the process
 * belongs to a case but runs on after it has closed (a decision's disclosure, a correction of it). A deployed
 * definition never changes, so its properties are read once, the first time it is asked about. A property its own
 * version does not state (an instance still running on a version deployed before the property was introduced) is
 * taken from the latest version of the same model at that moment.
 */
@Component
public class ProcessProperties {

    /** The process runs on after its case has closed and is not the case itself. */
    public static final String RUNS_AFTER_CASE = "runsAfterCase";

    private final ProcessEngine engine;
    private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

    ProcessProperties(ProcessEngine engine) {
        this.engine = engine;
    }

    public Optional<String> of(String processDefinitionId, String name) {
        return Optional.ofNullable(byDefinition.computeIfAbsent(processDefinitionId, this::effective).get(name));
    }

    /** The definition's own properties, and those only a later version states, read once per definition. */
    private Map<String, String> effective(String processDefinitionId) {
        Map<String, String> own = read(processDefinitionId);
        String latest = latestOfSameModel(processDefinitionId);
        if (latest == null || latest.equals(processDefinitionId)) {
            return own;
        }
        Map<String, String> merged = new java.util.HashMap<>(read(latest));
        merged.putAll(own);
        return Map.copyOf(merged);
    }

    private String latestOfSameModel(String processDefinitionId) {
        return EngineCalls.asServer(engine, () -> {
            var repository = engine.getRepositoryService();
            var definition = repository.getProcessDefinition(processDefinitionId);
            var latest = repository.createProcessDefinitionQuery().processDefinitionKey(definition.getKey())
                    .latestVersion().singleResult();
            return latest == null ? null : latest.getId();
        });
    }

    public boolean isTrue(String processDefinitionId, String name) {
        return of(processDefinitionId, name).map("true"::equals).orElse(false);
    }

    private Map<String, String> read(String processDefinitionId) {
        return EngineCalls.asServer(engine, () -> {
            var definition = engine.getRepositoryService().getProcessDefinition(processDefinitionId);
            Process process = engine.getRepositoryService().getBpmnModelInstance(processDefinitionId)
                    .getModelElementById(definition.getKey());
            ExtensionElements extensions = process == null ? null : process.getExtensionElements();
            if (extensions == null) {
                return Map.of();
            }
            return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                    .flatMap(properties -> properties.getCamundaProperties().stream())
                    .filter(property -> property.getCamundaName() != null && property.getCamundaValue() != null)
                    .collect(Collectors.toUnmodifiableMap(CamundaProperty::getCamundaName,
                            CamundaProperty::getCamundaValue, (first, second) -> first));
        });
    }
}
