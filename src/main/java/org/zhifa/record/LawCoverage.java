package org.zhifa.record;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Service;

/**
 * Which recorded steps of the deployed models carry no law item: the list a supervisor or administrator works
 * through so that every record entry traces back to an article (RM3, RM24.1).
 */
@Service
public class LawCoverage {

    private final RepositoryService repositoryService;

    LawCoverage(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /**
     * @param processDefinitionKey, version, name the model
     * @param steps    how many recorded steps it has
     * @param unmapped the ids (and names) of those without a {@code law} property
     */
    public record ModelCoverage(String processDefinitionKey, int version, String name, int steps, List<String> unmapped) {
    }

    /** Coverage of the latest version of every deployed process. */
    public List<ModelCoverage> latestModels() {
        List<ModelCoverage> result = new ArrayList<>();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list()) {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            List<String> unmapped = new ArrayList<>();
            int steps = 0;
            ModelElementInstance process = model.getModelElementById(definition.getKey());
            for (FlowNode node : flowNodes(process, new ArrayList<>())) {
                if (!isRecorded(node)) {
                    continue;
                }
                steps++;
                if (law(node) == null) {
                    unmapped.add(node.getName() == null ? node.getId() : node.getId() + "（" + node.getName() + "）");
                }
            }
            result.add(new ModelCoverage(definition.getKey(), definition.getVersion(), definition.getName(), steps,
                    unmapped));
        }
        return result;
    }

    private static List<FlowNode> flowNodes(ModelElementInstance scope, List<FlowNode> into) {
        for (FlowNode node : scope.getChildElementsByType(FlowNode.class)) {
            into.add(node);
            if (node instanceof SubProcess) {
                flowNodes(node, into);
            }
        }
        return into;
    }

    private static boolean isRecorded(FlowNode node) {
        return node instanceof Task || node instanceof CallActivity || node instanceof StartEvent
                || node instanceof EndEvent || node instanceof IntermediateCatchEvent
                || node instanceof IntermediateThrowEvent || node instanceof BoundaryEvent
                || (node instanceof ExclusiveGateway || node instanceof InclusiveGateway)
                        && node.getOutgoing().size() > 1;
    }

    private static String law(FlowNode node) {
        if (node.getExtensionElements() == null) {
            return null;
        }
        for (CamundaProperties properties : node.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if ("law".equals(property.getCamundaName()) && property.getCamundaValue() != null
                        && !property.getCamundaValue().isBlank()) {
                    return property.getCamundaValue();
                }
            }
        }
        return null;
    }
}
