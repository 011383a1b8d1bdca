package org.zhifa.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.record.CaseRecord;
import org.zhifa.testing.Http;
import org.zhifa.testing.PenaltyCases.Case;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11: what held before and must keep holding, and point 11 — a handler cannot work, claim or hand over another
 * officer's task, write variables, modify or delete cases or deploy models; a task someone claimed is theirs alone;
 * a model with an XML entity is a 400.
 */
@ZhifaIntegrationTest
class HoldsIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    CaseRecord caseRecord;

    @Test
    void point11_aTaskClaimedBySomeoneElseIsTheirsEvenForAnotherOfficerOrAnAdministrator() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.filed("person", "53010012346");
        String task = cases.openTask(c).get("id").asText();
        assertThat(http.post("zhangsan", "/engine-rest/task/" + task + "/claim", Map.of("userId", "zhangsan"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        for (String other : List.of("lisi", "admin")) {
            ResponseEntity<JsonNode> refused = http.post(other, "/engine-rest/task/" + task + "/submit-form",
                    Map.of("variables", Http.variables("nextStep", "evidence")));
            assertThat(refused.getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().get("message").asText()).contains("已由 zhangsan 认领");
        }
        assertThat(http.post("zhangsan", "/engine-rest/task/" + task + "/submit-form",
                Map.of("variables", Http.variables("nextStep", "evidence"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void point11_aClaimedTaskCannotBeTakenBackByAnotherAndNoTaskEndsTheCaseWithAnError() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.filed("person", "53010012346");
        String task = cases.openTask(c).get("id").asText();
        http.post("zhangsan", "/engine-rest/task/" + task + "/claim", Map.of("userId", "zhangsan"));
        assertThat(http.post("lisi", "/engine-rest/task/" + task + "/unclaim", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post("lisi", "/engine-rest/task/" + task + "/claim", Map.of("userId", "lisi")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cases.openTask(c).get("assignee").asText()).isEqualTo("zhangsan");

        ResponseEntity<JsonNode> error = http.post("zhangsan", "/engine-rest/task/" + task + "/bpmnError",
                Map.of("errorCode", "anything"));
        assertThat(error.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cases.openTask(c).get("taskDefinitionKey").asText()).isEqualTo(OfficerInitiatedCaseProcess.TASK_INVESTIGATION);
    }

    @Test
    void aStepSubmittedAsTransientValuesThatWouldNeverReachTheRecordIsRefused() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.filed("person", "53010012346");
        Map<String, Object> transientValue = Map.of("nextStep", Map.of("value", "evidence", "type", "String",
                "valueInfo", Map.of("transient", true)));
        ResponseEntity<JsonNode> refused = cases.submit("zhangsan", c, transientValue);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).contains("nextStep", "临时");
    }

    @Test
    void aModificationCannotCarryTransientValuesThatWouldDecideUnrecorded() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.filed("person", "53010012346");
        ResponseEntity<JsonNode> refused = http.post("admin", "/engine-rest/process-instance/" + c.instance()
                + "/modification", Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId",
                        OfficerInitiatedCaseProcess.TASK_INVESTIGATION, "variables", Map.of("nextStep", Map.of("value", "evidence", "type", "String",
                                "valueInfo", Map.of("transient", true)))))));
        assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).contains("nextStep", "临时");
        assertThat(http.get("admin", "/engine-rest/task?processInstanceId=" + c.instance()).getBody()).hasSize(1);
    }

    @Test
    void aGroupTakenOffAStepNoLongerSeesOrWorksIt() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.reported("person");
        String task = cases.openTask(c).get("id").asText();
        assertThat(http.get("admin", "/engine-rest/task/" + task + "/identity-links").getBody().findValuesAsText("groupId"))
                .contains("leader");
        assertThat(http.get("sunqi", "/engine-rest/task?processInstanceId=" + c.instance()).getBody()).hasSize(1);

        assertThat(http.post("admin", "/engine-rest/task/" + task + "/identity-links/delete",
                Map.of("groupId", "leader", "type", "candidate")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.get("sunqi", "/engine-rest/task?processInstanceId=" + c.instance()).getBody())
                .as("the engine's grant went with the candidacy").isEmpty();
        assertThat(http.post("sunqi", "/engine-rest/task/" + task + "/claim", Map.of("userId", "sunqi"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aHandlerWhoIsNotAnOfficerOfTheCaseCannotClaimOrCompleteItsSteps() {
        PenaltyCases cases = new PenaltyCases(http);
        Case c = cases.filed("person", "53010012346");
        String task = cases.openTask(c).get("id").asText();
        ResponseEntity<JsonNode> claim = http.post("chenji", "/engine-rest/task/" + task + "/claim",
                Map.of("userId", "chenji"));
        assertThat(claim.getStatusCode()).as("the step is offered to the case's officers only").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get("chenji", "/engine-rest/task?processInstanceId=" + c.instance()).getBody())
                .as("nor does he see it").isEmpty();
        assertThat(http.get("chenji", "/engine-rest/task/" + task + "/variables").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post("chenji", "/engine-rest/task/" + task + "/complete",
                Map.of("variables", Http.variables("nextStep", "evidence"))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post("zhangsan", "/engine-rest/task/" + task + "/assignee", Map.of("userId", "chenji"))
                .getStatusCode()).as("nor be given them").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void handlersCannotWriteVariablesModifyOrDeleteCasesOrDeployModels() {
        Case c = new PenaltyCases(http).filed("person", "53010012346");
        int entries = caseRecord.entries(c.businessKey()).size();
        assertThat(http.put("zhangsan", "/engine-rest/process-instance/" + c.instance() + "/variables/facts",
                Map.of("value", "改写")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post("zhangsan", "/engine-rest/process-instance/" + c.instance() + "/modification",
                Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", OfficerInitiatedCaseProcess.TASK_LEADER_APPROVAL))))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.delete("zhangsan", "/engine-rest/process-instance/" + c.instance()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.deploy("zhangsan", "x", "x.bpmn", "<x/>".getBytes(StandardCharsets.UTF_8)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(caseRecord.entries(c.businessKey())).hasSize(entries);
    }

    @Test
    void aCaseCannotBeStartedInTheMiddleNorRestarted() {
        PenaltyCases cases = new PenaltyCases(http);
        ResponseEntity<JsonNode> middle = http.post("zhangsan", "/engine-rest/process-definition/key/"
                + PenaltyCases.PROCESS + "/start", Map.of("variables", cases.report("person"), "startInstructions",
                        List.of(Map.of("type", "startBeforeActivity", "activityId", OfficerInitiatedCaseProcess.TASK_LEADER_APPROVAL))));
        assertThat(middle.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(middle.getBody().get("message").asText()).contains("只能从开始事件启动");
    }

    @Test
    void aStartTakesOnlyItsStartFormsFields() {
        PenaltyCases cases = new PenaltyCases(http);
        Map<String, Object> values = cases.report("person");
        values.putAll(Http.variables("agencyCode", "OTHER", "caseHandlers", ",chenji,"));
        ResponseEntity<JsonNode> started = http.post("zhangsan", "/engine-rest/process-definition/key/"
                + PenaltyCases.PROCESS + "/submit-form", Map.of("variables", values));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(started.getBody().get("message").asText()).contains("agencyCode", "caseHandlers");
    }

    @Test
    void aModelWithAnExternalEntityIsABadRequest() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="x">
                  <bpmn:process id="xxe" name="&secret;" isExecutable="true" />
                </bpmn:definitions>
                """;
        ResponseEntity<JsonNode> refused = http.deploy("admin", "xxe", "xxe.bpmn", xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).doesNotContain("root:");
    }
}
