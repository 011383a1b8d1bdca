package org.zhifa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.zhifa.ZhifaApplication;

/**
 * What models say of themselves: the shipped side processes that run on after their case say so, the case models do
 * not; an instance still on a version deployed before the property existed is judged by the latest version.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
class ProcessPropertiesTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcessProperties properties;

    @AfterEach
    void removeProbes() {
        var repository = engine.getRepositoryService();
        repository.createProcessDefinitionQuery().processDefinitionKey("property-probe").list()
                .forEach(definition -> repository.deleteDeployment(definition.getDeploymentId(), true));
    }

    @Test
    void theShippedModelsSayWhetherTheyRunAfterTheirCase() {
        assertThat(properties.isTrue(latest("result-disclosure"), ProcessProperties.RUNS_AFTER_CASE)).isTrue();
        assertThat(properties.isTrue(latest("correction-request"), ProcessProperties.RUNS_AFTER_CASE)).isTrue();
        assertThat(properties.isTrue(latest("officer-initiated-case"), ProcessProperties.RUNS_AFTER_CASE)).isFalse();
        assertThat(properties.of(latest("officer-initiated-case"), "startableBy")).contains("handler");
    }

    @Test
    void anOlderVersionWithoutThePropertyIsJudgedByTheLatest() {
        String older = deploy(model(false));
        String newer = deploy(model(true));

        assertThat(properties.isTrue(newer, ProcessProperties.RUNS_AFTER_CASE)).isTrue();
        assertThat(properties.isTrue(older, ProcessProperties.RUNS_AFTER_CASE)).isTrue();
    }

    private static BpmnModelInstance model(boolean runsAfterCase) {
        var builder = Bpmn.createExecutableProcess("property-probe").camundaHistoryTimeToLive(1);
        BpmnModelInstance model = builder.startEvent().endEvent().done();
        if (runsAfterCase) {
            Process process = model.getModelElementById("property-probe");
            var extensions = model.newInstance(ExtensionElements.class);
            var list = extensions.addExtensionElement(CamundaProperties.class);
            var property = model.newInstance(CamundaProperty.class);
            property.setCamundaName(ProcessProperties.RUNS_AFTER_CASE);
            property.setCamundaValue("true");
            list.addChildElement(property);
            process.setExtensionElements(extensions);
        }
        return model;
    }

    private String deploy(BpmnModelInstance model) {
        var deployment = engine.getRepositoryService().createDeployment().addModelInstance("property-probe.bpmn", model)
                .deploy();
        return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment.getId())
                .singleResult().getId();
    }

    private String latest(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getId();
    }
}
