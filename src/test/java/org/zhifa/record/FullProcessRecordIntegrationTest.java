package org.zhifa.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhifa.cases.process.RoutineInspectionProcess;
import org.zhifa.testing.Http;
import org.zhifa.testing.Inspections;
import org.zhifa.testing.Tampering;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The full-process record on the running server (RM3, RM4, RM8, RM24.1): every step of every model lands in the
 * case's hash-chained record in the engine's own transaction, and any change to it is found.
 */
@ZhifaIntegrationTest
class FullProcessRecordIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    CaseRecord caseRecord;

    @Test
    void caseWorkedInTasklistIsRecordedStepByStepInOrder() {
        Inspections inspections = new Inspections(http);
        JsonNode started = inspections.plan(null);
        String businessKey = started.get("businessKey").asText();
        String instance = started.get("id").asText();

        assertThat(businessKey).as("numbered by the server").matches("ZF-\\d{4}-\\d{6}");
        assertThat(inspections.tasklist().claimAndSubmit("zhangsan", instance, Inspections.onSite(true))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(inspections.tasklist().claimAndSubmit("wangwu", instance, Inspections.review()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode record = http.get("fengyi", "/api/cases/{key}/record", businessKey).getBody();
        assertThat(values(record, "activityId")).containsExactly("StartEvent_InspectionPlanned",
                "Task_OnSiteInspection", RoutineInspectionProcess.GATEWAY_VIOLATION_FOUND, RoutineInspectionProcess.TASK_REVIEW_FINDINGS, RoutineInspectionProcess.END_FINDINGS_REVIEWED);
        assertThat(values(record, "law")).containsExactly("RM11.1", "RM11.4", "RM11.4", "RM11.14", "RM11.14");
        assertThat(values(record, "actor")).containsExactly("zhangsan", "zhangsan", "zhangsan", "wangwu", "wangwu");
        assertThat(values(record, "seq")).containsExactly("1", "2", "3", "4", "5");
        assertThat(record.get(0).get("formValues").get("subjectName").asText()).isEqualTo("昆明𠮷祥商贸有限公司");
        JsonNode onSite = record.get(1);
        assertThat(onSite.get("formValues").get("officer1Certificate").asText()).isEqualTo("53010012345");
        assertThat(onSite.get("formValues").get("violationFound").asBoolean()).isTrue();
        assertThat(onSite.get("detail").get("outcome").asText()).isEqualTo("completed");
        assertThat(onSite.get("fields")).as("the values as the step's form shows them").extracting(
                field -> field.get("name").asText() + "|" + field.get("label").asText() + "|" + field.get("value").asText())
                .contains("inspectionDate|检查日期|2026-11-27", "officer1Certificate|执法人员一|53010012345",
                        "violationFound|发现违法行为|是");
        assertThat(http.get("wangwu", "/api/cases/{key}/record", businessKey).getBody().get(1).get("fields"))
                .as("labelled alike for a reviewer, who may read no model").isEqualTo(onSite.get("fields"));
        assertThat(record.get(0).get("fields")).extracting(field -> field.get("label").asText() + "|"
                + field.get("value").asText()).as("a choice under its label").contains("检查对象|昆明𠮷祥商贸有限公司", "检查来源|双随机抽查");
        assertThat(record.get(2).get("detail").get("flowId").asText()).isEqualTo("Flow_ViolationFound");
        assertThat(record.get(1).get("previousHash").asText()).isEqualTo(record.get(0).get("hash").asText());

        JsonNode verification = http.get("fengyi", "/api/cases/{key}/record/verify", businessKey).getBody();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("entries").asInt()).isEqualTo(5);
        assertThat(verification.get("lastHash").asText()).isEqualTo(record.get(4).get("hash").asText());
    }

    @Test
    void rareCharactersSurviveBusinessKeyFormValuesAndRecord() {
        String businessKey = "检-𠮷𡈼伟-" + UUID.randomUUID();
        JsonNode started = new Inspections(http).tasklist().start("zhangsan", Inspections.PROCESS, businessKey,
                Http.variables("subjectName", "𠮷𡈼伟", "subjectAddress", "昆明市五华区", "source", "random",
                        "inspectionItems", "食品经营许可事项", "plannedDate", "2026-11-27"));
        String instance = started.get("id").asText();

        assertThat(started.get("businessKey").asText()).isEqualTo(businessKey);
        String task = new Inspections(http).tasklist().openTask("zhangsan", instance).get("id").asText();
        assertThat(http.get("zhangsan", "/engine-rest/task/{id}/form-variables", task).getBody()
                .get("subjectName").get("value").asText()).as("what Tasklist shows the handler").isEqualTo("𠮷𡈼伟");
        assertThat(http.get("fengyi", "/engine-rest/process-instance/{id}/variables/subjectName", instance).getBody()
                .get("value").asText()).isEqualTo("𠮷𡈼伟");
        assertThat(http.get("fengyi", "/engine-rest/history/process-instance/{id}", instance).getBody()
                .get("businessKey").asText()).isEqualTo(businessKey);
        JsonNode record = http.get("fengyi", "/api/cases/{key}/record", businessKey).getBody();
        assertThat(record.get(0).get("formValues").get("subjectName").asText()).isEqualTo("𠮷𡈼伟");
        assertThat(caseRecord.verify(businessKey).valid()).isTrue();
    }

    @Test
    void changedEntryFailsVerificationAtExactlyThatEntry() {
        String businessKey = inspectionWithThreeEntries();
        RecordEntry second = caseRecord.entries(businessKey).get(1);

        int changed = new Tampering(jdbc).update(
                "update record_entries set form_values = replace(form_values, '53010012345', '53010099999') "
                        + "where business_key = ? and seq = 2", businessKey);

        assertThat(changed).isEqualTo(1);
        Verification verification = caseRecord.verify(businessKey);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.brokenSeq()).isEqualTo(2);
        assertThat(verification.brokenEntryId()).isEqualTo(second.getId());
        assertThat(verification.reason()).contains("第 2 条", "被修改");
        JsonNode api = http.get("fengyi", "/api/cases/{key}/record/verify", businessKey).getBody();
        assertThat(api.get("valid").asBoolean()).isFalse();
        assertThat(api.get("brokenSeq").asLong()).isEqualTo(2);
    }

    @Test
    void removedEntriesAreFound() {
        String removedLast = inspectionWithThreeEntries();
        new Tampering(jdbc).update("delete from record_entries where business_key = ? and seq = 3", removedLast);
        Verification tail = caseRecord.verify(removedLast);
        assertThat(tail.valid()).isFalse();
        assertThat(tail.brokenSeq()).isEqualTo(3);
        assertThat(tail.reason()).contains("链头");

        String removedMiddle = inspectionWithThreeEntries();
        new Tampering(jdbc).update("delete from record_entries where business_key = ? and seq = 2", removedMiddle);
        Verification middle = caseRecord.verify(removedMiddle);
        assertThat(middle.valid()).isFalse();
        assertThat(middle.brokenSeq()).as("the entry after the gap").isEqualTo(3);
        assertThat(middle.reason()).contains("缺少第 2 条");
    }

    @Test
    void stepThatRollsBackLeavesNoEntry() {
        deploy(Bpmn.createExecutableProcess("record-rollback").camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_Begin")
                .userTask("Task_Submit").camundaCandidateGroups("handler")
                .serviceTask("Task_Fails").camundaExpression("${noSuchBean.run()}")
                .endEvent("End_Done").done());
        String businessKey = "rollback-" + UUID.randomUUID();
        String instance = runtimeService.startProcessInstanceByKey("record-rollback", businessKey).getId();
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

        assertThatThrownBy(() -> taskService.complete(task)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("noSuchBean");

        assertThat(caseRecord.entries(businessKey)).extracting(RecordEntry::getActivityId)
                .containsExactly("StartEvent_Begin");
        assertThat(taskService.createTaskQuery().taskId(task).count()).as("the task is still open").isEqualTo(1);
        assertThat(caseRecord.verify(businessKey).valid()).isTrue();
    }

    @Test
    void stepCannotCommitWithoutItsEntry() {
        Inspections inspections = new Inspections(http);
        String businessKey = "blocked-" + UUID.randomUUID();
        String instance = inspections.plan(businessKey).get("id").asText();
        // another writer has taken entry 2 of this case: the step's own entry cannot be written
        jdbc.update("insert into record_entries (business_key, seq, process_definition_id, process_definition_key, "
                + "process_definition_version, process_instance_id, activity_id, activity_type, actor, started_at, "
                + "ended_at, form_values, evidence, detail, recorded_at, previous_hash, hash) values (?, 2, 'x', 'x', 1, "
                + "'x', 'x', 'x', 'x', current_timestamp, current_timestamp, '{}', '[]', '{}', current_timestamp, 'x', 'x')",
                businessKey);

        ResponseEntity<JsonNode> submitted = inspections.tasklist().claimAndSubmit("zhangsan", instance,
                Inspections.onSite(true));

        assertThat(submitted.getStatusCode().is2xxSuccessful()).as(String.valueOf(submitted.getBody())).isFalse();
        assertThat(runtimeService.getActivityInstance(instance).getChildActivityInstances())
                .extracting(a -> a.getActivityId()).containsExactly("Task_OnSiteInspection");
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(RoutineInspectionProcess.TASK_REVIEW_FINDINGS)
                .count()).isZero();
    }

    @Test
    void stepsOfModelsWithoutLawItemsAreRecordedAsUnmappedAndReported() {
        deploy(Bpmn.createExecutableProcess("record-unmapped").name("未标注法律条目的模型").camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_Begin")
                .userTask("Task_NoLaw").name("没有法律条目的步骤").camundaCandidateGroups("handler")
                .endEvent("End_Done").done());
        String businessKey = "unmapped-" + UUID.randomUUID();
        String instance = runtimeService.startProcessInstanceByKey("record-unmapped", businessKey).getId();
        completeAs("zhangsan", taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());

        assertThat(caseRecord.entries(businessKey)).hasSize(3).allMatch(RecordEntry::isUnmapped);
        JsonNode unmapped = http.get("fengyi", "/api/record/unmapped?limit=10").getBody();
        assertThat(unmapped.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(values(unmapped.get("latest"), "activityId")).contains("Task_NoLaw");
        JsonNode coverage = http.get("fengyi", "/api/models/law-coverage").getBody();
        JsonNode model = find(coverage, "processDefinitionKey", "record-unmapped");
        assertThat(model.get("steps").asInt()).isEqualTo(3);
        assertThat(model.get("unmapped").toString()).contains("Task_NoLaw（没有法律条目的步骤）");
        JsonNode seed = find(coverage, "processDefinitionKey", Inspections.PROCESS);
        assertThat(seed.get("unmapped")).as("every step of the seed model has its law item").isEmpty();
    }

    @Test
    void cancelledCaseIsRecordedEvenWhenCustomListenersAreSkipped() {
        String businessKey = "cancelled-" + UUID.randomUUID();
        String instance = new Inspections(http).plan(businessKey).get("id").asText();

        ResponseEntity<JsonNode> deleted = http.delete("admin", "/engine-rest/process-instance/" + instance
                + "?skipCustomListeners=true");

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        List<RecordEntry> entries = caseRecord.entries(businessKey);
        assertThat(entries).extracting(RecordEntry::getActivityId).containsExactly("StartEvent_InspectionPlanned",
                "Task_OnSiteInspection", Inspections.PROCESS);
        assertThat(entries.get(1).getDetail()).contains("\"outcome\":\"interrupted\"");
        assertThat(entries.get(2).getDetail()).contains("\"outcome\":\"cancelled\"");
        assertThat(entries.get(2).getActor()).isEqualTo("admin");
    }

    @Test
    void timerStepsAreRecordedAsSystem() {
        String businessKey = "timer-" + UUID.randomUUID();
        String instance = new Inspections(http).plan(businessKey).get("id").asText();
        Job timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();

        managementService.executeJob(timer.getId());

        List<RecordEntry> entries = caseRecord.entries(businessKey);
        assertThat(entries).extracting(RecordEntry::getActivityId).containsExactly("StartEvent_InspectionPlanned",
                RoutineInspectionProcess.TIMER_INSPECTION_OVERDUE, RoutineInspectionProcess.END_OVERDUE_NOTED);
        assertThat(entries.get(1).getActor()).isEqualTo("system");
        assertThat(entries.get(1).getLaw()).isEqualTo("RM11.22");
    }

    @Test
    void everyKindOfStepIsRecordedIncludingParallelBranchesAndMessages() {
        deploy(Bpmn.createExecutableProcess("record-kinds").camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_Begin")
                .serviceTask("Task_Compute").camundaExpression("${execution.setVariable('fine', 5000)}")
                .parallelGateway("Gateway_Fork")
                .userTask("Task_Left").camundaCandidateGroups("handler")
                .parallelGateway("Gateway_Join")
                .intermediateCatchEvent("Event_ReceiptArrived").message("receipt-arrived")
                .exclusiveGateway("Gateway_Amount")
                .condition("large", "${fine >= 1000}").manualTask("Task_Large").endEvent("End_Large")
                .moveToLastGateway()
                .condition("small", "${fine < 1000}").endEvent("End_Small")
                .moveToNode("Gateway_Fork").sendTask("Task_Notify").camundaExpression("${true}")
                .connectTo("Gateway_Join").done());
        String businessKey = "kinds-" + UUID.randomUUID();
        String instance = runtimeService.startProcessInstanceByKey("record-kinds", businessKey).getId();
        completeAs("zhangsan", taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
        runtimeService.createMessageCorrelation("receipt-arrived").processInstanceBusinessKey(businessKey).correlate();

        List<RecordEntry> entries = caseRecord.entries(businessKey);
        assertThat(entries).extracting(RecordEntry::getActivityId).containsExactly("StartEvent_Begin", "Task_Compute",
                "Task_Notify", "Task_Left", "Event_ReceiptArrived", "Gateway_Amount", "Task_Large", "End_Large");
        assertThat(entries.get(1).getFormValues()).as("what the service task wrote").isEqualTo("{\"fine\":5000}");
        assertThat(entries.get(3).getActor()).isEqualTo("zhangsan");
        assertThat(entries.get(4).getStartedAt()).as("a wait state started in an earlier command")
                .isBeforeOrEqualTo(entries.get(4).getEndedAt());
        assertThat(caseRecord.verify(businessKey).valid()).isTrue();
    }

    @Test
    void filesAStepWritesAreReferencedByHashNotCopiedIntoTheRecord() throws Exception {
        Inspections inspections = new Inspections(http);
        String businessKey = "file-" + UUID.randomUUID();
        String instance = inspections.plan(businessKey).get("id").asText();
        byte[] photo = "现场照片（测试内容）".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(Inspections.onSite(false));
        values.put("scenePhoto", java.util.Map.of("type", "File", "value",
                java.util.Base64.getEncoder().encodeToString(photo), "valueInfo",
                java.util.Map.of("filename", "现场照片.jpg", "mimeType", "image/jpeg")));
        assertThat(inspections.tasklist().claimAndSubmit("zhangsan", instance, values).getBody().toString())
                .as("a file the step's form does not take is refused by name").contains("scenePhoto");

        // a file written in a step by the server itself (no user's submission) is kept in the record by its hash
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        java.util.Map<String, Object> withFile = new java.util.LinkedHashMap<>();
        Inspections.onSite(false).forEach((name, value) -> withFile.put(name, ((java.util.Map<?, ?>) value).get("value")));
        withFile.put("scenePhoto", org.camunda.bpm.engine.variable.Variables.fileValue("现场照片.jpg").file(photo)
                .mimeType("image/jpeg").create());
        taskService.complete(task, withFile);

        RecordEntry onSite = caseRecord.entries(businessKey).get(1);
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(photo));
        JsonNode evidence = new com.fasterxml.jackson.databind.ObjectMapper().readTree(onSite.getEvidence());
        assertThat(evidence).hasSize(1);
        assertThat(evidence.get(0).get("fileName").asText()).isEqualTo("现场照片.jpg");
        assertThat(evidence.get(0).get("mimeType").asText()).isEqualTo("image/jpeg");
        assertThat(evidence.get(0).get("sha256").asText()).isEqualTo(sha256);
        assertThat(evidence.get(0).get("size").asInt()).isEqualTo(photo.length);
        assertThat(onSite.getFormValues()).contains(sha256).doesNotContain(
                java.util.Base64.getEncoder().encodeToString(photo));
    }

    @Test
    void aCasesRecordIsShownToThoseWhoTookPartAndToOversightOnly() {
        Inspections inspections = new Inspections(http);
        JsonNode planned = inspections.plan(null);
        String businessKey = planned.get("businessKey").asText();
        assertThat(http.get("zhangsan", "/api/cases/{key}/record", businessKey).getStatusCode())
                .as("the handler who started it").isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> stranger = http.get("lisi", "/api/cases/{key}/record", businessKey);
        assertThat(stranger.getStatusCode()).as("another handler (RM22)").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(stranger.getBody().get("detail").asText()).contains("lisi", businessKey, "无权查看");
        assertThat(http.get("fengyi", "/api/cases/{key}/record", businessKey).getStatusCode())
                .as("a supervisor").isEqualTo(HttpStatus.OK);
        assertThat(http.get("wangwu", "/api/cases/{key}/record", businessKey).getStatusCode())
                .as("a unit reviewer").isEqualTo(HttpStatus.OK);
    }

    @Test
    void recordIsNotPublicAndUnknownCasesAreNamed() {
        assertThat(http.get(null, "/api/cases/ZF-2026-000001/record").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<JsonNode> unknown = http.get("fengyi", "/api/cases/{key}/record", "no-such-case");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("detail").asText()).contains("no-such-case");
    }

    private String inspectionWithThreeEntries() {
        Inspections inspections = new Inspections(http);
        String businessKey = "tamper-" + UUID.randomUUID();
        String instance = inspections.plan(businessKey).get("id").asText();
        inspections.tasklist().claimAndSubmit("zhangsan", instance, Inspections.onSite(true));
        assertThat(caseRecord.entries(businessKey)).hasSize(3);
        assertThat(caseRecord.verify(businessKey).valid()).isTrue();
        return businessKey;
    }

    private void deploy(BpmnModelInstance model) {
        repositoryService.createDeployment().name("record-test").addModelInstance(
                model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getId()
                        + ".bpmn", model).deploy();
    }

    private void completeAs(String user, String taskId) {
        identityService.setAuthentication(user, List.of("handler"));
        try {
            taskService.complete(taskId);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).isNull() ? null : node.get(field).asText()));
        return values;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.get(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }
}
