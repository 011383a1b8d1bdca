package org.zhifa.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.evidence.AccessLog;
import org.zhifa.evidence.Media;
import org.zhifa.evidence.ObjectStorage;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.Checkpoints;
import org.zhifa.record.RecordEntry;
import org.zhifa.record.RecordRewriter;
import org.zhifa.record.Verification;
import org.zhifa.testing.Http;
import org.zhifa.testing.PenaltyCases.Case;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.Tampering;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;

/**
 * Issue 11, row 9 and points 6–8 and 10: administrators change models, not history; someone with SQL access cannot
 * rewrite it unseen; the embedded store is no back door.
 */
@ZhifaIntegrationTest
class AdministratorAndDatabaseAttacksIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    CaseRecord caseRecord;
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AccessLog accessLog;
    @Autowired
    ObjectStorage storage;

    private static String model(String key, String serviceTask) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="x">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="StartEvent_Begin" />
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Begin" targetRef="Task_Evil" />
                    %s
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Evil" targetRef="End_Done" />
                    <bpmn:endEvent id="End_Done" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, serviceTask);
    }

    @Test
    void row9_aModelCannotReachBeansTheEngineScriptsOrForeignClasses() {
        Map<String, String> attempts = Map.of(
                "data-source", "<bpmn:serviceTask id=\"Task_Evil\" camunda:expression=\"${dataSource.connection"
                        + ".createStatement().execute('delete from record_entries')}\" />",
                "jdbc", "<bpmn:serviceTask id=\"Task_Evil\" camunda:expression=\"${jdbcTemplate.update('delete from "
                        + "record_chains')}\" />",
                "engine", "<bpmn:serviceTask id=\"Task_Evil\" camunda:expression=\"${execution.processEngineServices"
                        + ".runtimeService}\" />",
                "reflection", "<bpmn:serviceTask id=\"Task_Evil\" camunda:expression=\"${''.getClass().forName('java"
                        + ".lang.Runtime')}\" />",
                "class", "<bpmn:serviceTask id=\"Task_Evil\" camunda:class=\"com.example.Evil\" />",
                "script", "<bpmn:scriptTask id=\"Task_Evil\" scriptFormat=\"javascript\"><bpmn:script>1</bpmn:script>"
                        + "</bpmn:scriptTask>");
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        attempts.forEach((name, task) -> {
            String key = "evil-" + name;
            ResponseEntity<JsonNode> refused = http.deploy("admin", key, key + ".bpmn",
                    model(key, task).getBytes(StandardCharsets.UTF_8));
            assertThat(refused.getStatusCode()).as(name + ": " + refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().toString()).as(name).contains("Task_Evil");
        });
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        String allowed = "<bpmn:serviceTask id=\"Task_Evil\" camunda:expression=\"${workingDays.isWorkingDay(now())}\" />";
        assertThat(http.deploy("admin", "fine-model", "fine-model.bpmn", model("fine-model", allowed)
                .getBytes(StandardCharsets.UTF_8)).getStatusCode()).as("a process bean is fine").isEqualTo(HttpStatus.OK);
    }

    @Test
    void row9_evenAsItRunsAnExpressionReachesNeitherOtherBeansNorTheEngine() {
        Case c = new PenaltyCases(http).reported("person");
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        var expressions = configuration.getExpressionManager();
        configuration.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(c.instance());
            assertThat(expressions.createExpression("${workingDays}").getValue(execution)).isNotNull();
            assertThatThrownBy(() -> expressions.createExpression("${dataSource}").getValue(execution))
                    .as("no bean but the process beans").isInstanceOf(ProcessEngineException.class);
            assertThatThrownBy(() -> expressions.createExpression("${execution.processEngineServices}")
                    .getValue(execution)).hasStackTraceContaining("不能访问");
            return null;
        });
    }

    @Test
    void row9_aRecordWhoseRowsAndHeadWereDeletedIsBrokenNotUnknown() {
        Case c = new PenaltyCases(http).filed("person", "53010012346");
        Tampering tampering = new Tampering(jdbc);
        tampering.update("delete from record_entries where business_key = ?", c.businessKey());
        tampering.update("delete from record_chains where business_key = ?", c.businessKey());

        ResponseEntity<JsonNode> verified = http.get("fengyi", "/api/cases/{bk}/record/verify", c.businessKey());
        assertThat(verified.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(verified.getBody().get("valid").asBoolean()).isFalse();
        assertThat(verified.getBody().get("reason").asText()).contains("全过程记录缺失");
        assertThat(caseRecord.brokenCases()).extracting(Verification::businessKey).contains(c.businessKey());
    }

    @Test
    void point8_aRewriteWithRecomputedHashesIsCaughtByTheSignedCheckpoint() throws Exception {
        Case c = new PenaltyCases(http).filed("person", "53010012346");
        Checkpoints.Checkpoint checkpoint = checkpoints.take();
        assertThat(caseRecord.verify(c.businessKey()).valid()).isTrue();

        List<RecordEntry> before = caseRecord.entries(c.businessKey());
        new RecordRewriter(caseRecord, jdbc).rewrite(c.businessKey(), 2, "{\"filingDecision\":\"reject\"}");

        Verification verification = caseRecord.verify(c.businessKey());
        assertThat(verification.valid()).isFalse();
        assertThat(verification.brokenSeq()).isEqualTo((long) before.size());
        assertThat(verification.reason()).contains("检查点", "重新计算了哈希");
        checkpoints.take();
        assertThat(caseRecord.verify(c.businessKey()).valid()).as("a later checkpoint does not launder the rewrite")
                .isFalse();

        // anyone can check the checkpoint: its root and signature, with the published key
        JsonNode published = http.get(null, "/api/public/record/checkpoint").getBody();
        assertThat(published.get("root").asText()).isEqualTo(checkpoint.root());
        String pem = published.get("publicKey").asText().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(pem))));
        String statement = published.get("signedStatement").asText();
        assertThat(statement).contains("\"root\":\"" + checkpoint.root() + "\"",
                "\"counter\":" + published.get("number").asLong());
        check.update(statement.getBytes(StandardCharsets.UTF_8));
        assertThat(check.verify(Base64.getDecoder().decode(published.get("signature").asText()))).isTrue();
        assertThat(http.getText(null, "/portal/checkpoint").getBody()).contains("全过程记录检查点", checkpoint.root());
    }

    @Test
    void point8_anOlderCheckpointPutBackUnderALaterNumberIsPassedOverAndReported() throws Exception {
        new PenaltyCases(http).reported("person");
        Checkpoints.Checkpoint older = checkpoints.take();
        Checkpoints.Checkpoint latest = checkpoints.take();
        String forged = "checkpoints/" + "%012d".formatted(latest.id() + 1) + "-forged.json";
        storage.putProtected(forged, storage.read(older.objectKey()), "application/json");
        Thread.sleep(10_500); // the store's listing is read again after 10 seconds

        assertThat(checkpoints.latest()).get().extracting(Checkpoints.Checkpoint::root).isEqualTo(latest.root());
        assertThat(caseRecord.brokenCases()).extracting(Verification::businessKey).contains(forged);
    }

    @Test
    void point8_chainHeadsMoveOnlyForwardOnMysqlAndACheckpointSeesAHeadMovedBack() {
        Case c = new PenaltyCases(http).filed("person", "53010012346");
        checkpoints.take();
        Tampering tampering = new Tampering(jdbc);
        if (tampering.onMysql()) {
            assertThatThrownBy(() -> jdbc.update("update record_chains set last_seq = 1 where business_key = ?",
                    c.businessKey())).hasMessageContaining("only moves forward");
            assertThatThrownBy(() -> jdbc.update("delete from record_chains where business_key = ?", c.businessKey()))
                    .hasMessageContaining("never removed");
            assertThatThrownBy(() -> jdbc.update("delete from record_checkpoints")).hasMessageContaining("append-only");
        }
        List<RecordEntry> entries = caseRecord.entries(c.businessKey());
        tampering.update("delete from record_entries where business_key = ? and seq = ?", c.businessKey(),
                entries.size());
        tampering.update("update record_chains set last_seq = ?, last_hash = ? where business_key = ?",
                entries.size() - 1, entries.get(entries.size() - 2).getHash(), c.businessKey());
        Verification verification = caseRecord.verify(c.businessKey());
        assertThat(verification.valid()).as("the chain alone is consistent again; the checkpoint is not").isFalse();
        assertThat(verification.reason()).contains("检查点", "现存 " + (entries.size() - 1) + " 条");
    }

    @Test
    void point6_deletingAProcessInstanceOrItsHistoryKeepsTheRecordWithTheReason() {
        Case c = new PenaltyCases(http).filed("person", "53010012346");
        engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
        try {
            engine.getRuntimeService().deleteProcessInstance(c.instance(), "立案错误，经负责人同意撤销");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        List<RecordEntry> record = caseRecord.entries(c.businessKey());
        assertThat(record.get(record.size() - 1).getDetail()).contains("cancelled", "立案错误，经负责人同意撤销");
        assertThat(record.get(record.size() - 1).getActor()).isEqualTo("admin");

        assertThat(http.delete("admin", "/engine-rest/history/process-instance/" + c.instance()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        List<RecordEntry> after = caseRecord.entries(c.businessKey());
        assertThat(after).hasSize(record.size() + 1);
        assertThat(after.get(after.size() - 1).getActivityType()).isEqualTo("historyDeletion");
        assertThat(after.get(after.size() - 1).getActor()).isEqualTo("admin");
        assertThat(caseRecord.verify(c.businessKey()).valid()).isTrue();
    }

    @Test
    void point10_theEmbeddedStoreHasThisInstallationsKeysAndChangedBytesAreNeverServed() throws Exception {
        MinioClient shippedKeys = MinioClient.builder().endpoint(storage.endpoint())
                .credentials("zhifa-local", "zhifa-local-secret").build();
        assertThatThrownBy(() -> shippedKeys.listObjects(ListObjectsArgs.builder().bucket(storage.bucket())
                .build()).iterator().next().get()).as("the keys of an earlier version open nothing").isNotNull();

        Case c = new PenaltyCases(http).filed("person", "53010012346");
        JsonNode item = http.upload("zhangsan", "/api/cases/" + c.businessKey() + "/evidence", Map.of("step",
                OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS, "kind", "photo", "focus", "scene"), "scene.png", "image/png", Media.png(61, 17))
                .getBody();
        storage.client().putObject(PutObjectArgs.builder().bucket(storage.bucket())
                .object("sha256/" + item.get("sha256").asText()).stream(new ByteArrayInputStream(Media.png(5, 5)), -1,
                        5 * 1024 * 1024).build());

        ResponseEntity<byte[]> download = http.download("zhangsan", "/api/evidence/" + item.get("id").asText()
                + "/content?reason=核对");
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).contains("SHA-256", "已拒绝提供");
        assertThat(accessLog.latest(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("tampered");
            assertThat(e.evidenceId()).isEqualTo(item.get("id").asLong());
        });
    }
}
