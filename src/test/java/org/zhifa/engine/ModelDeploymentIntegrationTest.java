package org.zhifa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.RecordEntry;
import org.zhifa.testing.Http;
import org.zhifa.testing.Inspections;
import org.zhifa.testing.Tasklist;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Administrators change models without code changes: the models folder at start-up, or Camunda Modeler's deployment
 * through {@code /engine-rest}; new cases take the new version, running cases keep theirs, and bad models change
 * nothing.
 */
@ZhifaIntegrationTest
class ModelDeploymentIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    RepositoryService repositoryService;

    @Autowired
    CaseRecord caseRecord;

    @Test
    void unchangedModelsAddNoVersionsOnRestart() {
        long deployments = modelDeployments();
        int version = latest(Inspections.PROCESS).getVersion();

        new ModelDeployer(repositoryService, new ModelSettings("", null, null, null)).afterPropertiesSet();

        assertThat(modelDeployments()).isEqualTo(deployments);
        assertThat(latest(Inspections.PROCESS).getVersion()).isEqualTo(version);
    }

    @Test
    void changedFormDeploysEveryModelAgainAndCasesGetTheNewForm(@TempDir Path folder) throws IOException {
        copy(Path.of("bpmn"), folder.resolve("bpmn"));
        copy(Path.of("forms"), folder.resolve("forms"));
        Path form = folder.resolve("forms/on-site-inspection.form");
        Files.writeString(form, Files.readString(form).replace("\"检查情况\"", "\"检查情况（修订）\""));
        int version = latest(Inspections.PROCESS).getVersion();
        try {
            new ModelDeployer(repositoryService, new ModelSettings(folder.toString(), null, null, null)).afterPropertiesSet();

            ProcessDefinition changed = latest(Inspections.PROCESS);
            assertThat(changed.getVersion()).isEqualTo(version + 1);
            assertThat(repositoryService.getDeploymentResourceNames(changed.getDeploymentId()))
                    .as("every model and form again, not only the changed one").containsExactlyInAnyOrderElementsOf(
                            filesOf(folder));
            String instance = new Inspections(http).plan(null).get("id").asText();
            String task = new Tasklist(http).openTask("zhangsan", instance).get("id").asText();
            JsonNode deployedForm = http.get("zhangsan", "/engine-rest/task/{id}/deployed-form", task).getBody();
            assertThat(deployedForm.toString()).contains("检查情况（修订）");
        } finally {
            new ModelDeployer(repositoryService, new ModelSettings("", null, null, null)).afterPropertiesSet();
        }
        assertThat(latest(Inspections.PROCESS).getVersion()).as("the packed models are back").isEqualTo(version + 2);
    }

    @Test
    void administratorDeploysThroughRestAndRunningCasesKeepTheirVersion() {
        String key = "modeler-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<JsonNode> first = http.deploy("admin", key, key + ".bpmn", xml(model(key, false)));
        assertThat(first.getStatusCode()).as(String.valueOf(first.getBody())).isEqualTo(HttpStatus.OK);
        JsonNode running = new Tasklist(http).start("zhangsan", key, key + "-1", Http.variables());

        ResponseEntity<JsonNode> second = http.deploy("admin", key, key + ".bpmn", xml(model(key, true)));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode fresh = new Tasklist(http).start("zhangsan", key, key + "-2", Http.variables());

        assertThat(repositoryService.getProcessDefinition(running.get("definitionId").asText()).getVersion()).isEqualTo(1);
        assertThat(repositoryService.getProcessDefinition(fresh.get("definitionId").asText()).getVersion()).isEqualTo(2);
        Tasklist tasklist = new Tasklist(http);
        tasklist.claimAndSubmit("zhangsan", running.get("id").asText(), Http.variables());
        tasklist.claimAndSubmit("zhangsan", fresh.get("id").asText(), Http.variables());
        assertThat(caseRecord.entries(key + "-1")).extracting(RecordEntry::getActivityId)
                .containsExactly("StartEvent_Begin", "Task_First", "End_Done");
        List<RecordEntry> second2 = caseRecord.entries(key + "-2");
        assertThat(second2).extracting(RecordEntry::getActivityId).containsExactly("StartEvent_Begin", "Task_First");
        assertThat(second2).allSatisfy(entry -> {
            assertThat(entry.getProcessDefinitionVersion()).isEqualTo(2);
            assertThat(entry.isUnmapped()).as("a model deployed later is recorded too, and its gaps flagged").isTrue();
        });
        assertThat(tasklist.openTask("zhangsan", fresh.get("id").asText()).get("taskDefinitionKey").asText())
                .isEqualTo("Task_Second");
    }

    @Test
    void malformedModelThroughRestGetsBadRequestAndChangesNothing() {
        long definitions = repositoryService.createProcessDefinitionQuery().count();
        long deployments = repositoryService.createDeploymentQuery().count();
        String broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
                  <bpmn:process id="broken" isExecutable="true">
                    <bpmn:startEvent id="StartEvent_Begin" />
                    <bpmn:sequenceFlow id="Flow_Nowhere" sourceRef="StartEvent_Begin" targetRef="Task_Missing" />
                  </bpmn:process>
                </bpmn:definitions>
                """;

        ResponseEntity<JsonNode> response = http.deploy("admin", "broken", "broken.bpmn",
                broken.getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("Task_Missing");
        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void onlyAdministratorsDeploy() {
        String key = "not-allowed-" + UUID.randomUUID().toString().substring(0, 8);

        ResponseEntity<JsonNode> response = http.deploy("zhangsan", key, key + ".bpmn", xml(model(key, false)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    private static BpmnModelInstance model(String key, boolean secondStep) {
        var builder = Bpmn.createExecutableProcess(key).name("管理员部署的模型").camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_Begin")
                .userTask("Task_First").name("第一步").camundaCandidateGroups("handler");
        BpmnModelInstance model = secondStep
                ? builder.userTask("Task_Second").name("第二步").camundaCandidateGroups("handler").endEvent("End_Done").done()
                : builder.endEvent("End_Done").done();
        // handlers start it: the model says so, and the server grants it when it is deployed
        var properties = model.newInstance(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class);
        var startableBy = model.newInstance(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty.class);
        startableBy.setCamundaName("startableBy");
        startableBy.setCamundaValue("handler");
        properties.addChildElement(startableBy);
        var extensions = model.newInstance(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class);
        extensions.addChildElement(properties);
        model.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById(key).setExtensionElements(extensions);
        return model;
    }

    private static byte[] xml(BpmnModelInstance model) {
        return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    }

    private long modelDeployments() {
        return repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).count();
    }

    private ProcessDefinition latest(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private static List<String> filesOf(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/')).toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
