package org.zhifa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhifa.evidence.ObjectStorage;
import org.zhifa.evidence.ObjectStorageAccess;
import org.zhifa.testing.Http;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

import io.minio.GetObjectArgs;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;

/** What operators look at: health, metrics, the object store through the MinIO SDK, the API documentation. */
@ZhifaIntegrationTest
class OperationsIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    ObjectStorage storage;

    @Test
    void healthCoversDatabaseEngineStorageCalendarAndRecord() {
        ResponseEntity<JsonNode> anonymous = http.get(null, "/actuator/health");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getBody().get("status").asText()).isIn("UP", "WARNING");

        JsonNode components = http.get("fengyi", "/actuator/health").getBody().get("components");
        assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("objectStorage").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("objectStorage").get("details").get("objectLock").asBoolean()).isFalse();
        assertThat(components.get("fullProcessRecord").get("status").asText()).isEqualTo("UP");
        JsonNode calendar = components.get("calendar");
        assertThat(calendar.get("status").asText()).isIn("UP", "WARNING");
        assertThat(calendar.get("details").get("configuredYears").toString()).contains("2019", "2026");
    }

    @Test
    void prometheusMetricsAreForOperatorsOnly() {
        assertThat(http.getText(null, "/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getText("zhangsan", "/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> metrics = http.getText("fengyi", "/actuator/prometheus");
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void evidenceBucketWorksThroughTheMinioSdk() throws Exception {
        byte[] content = "现场检查记录".getBytes(StandardCharsets.UTF_8);
        storage.client().putObject(PutObjectArgs.builder().bucket(storage.bucket()).object("test/record.txt")
                .stream(new ByteArrayInputStream(content), content.length, -1).contentType("text/plain").build());

        assertThat(storage.client().statObject(StatObjectArgs.builder().bucket(storage.bucket())
                .object("test/record.txt").build()).size()).isEqualTo(content.length);
        try (var in = storage.client().getObject(GetObjectArgs.builder().bucket(storage.bucket())
                .object("test/record.txt").build())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(storage.objectLock()).as("the embedded store has no object lock, and says so").isFalse();
    }

    @Test
    void productionRefusesABucketWithoutObjectLock() {
        assertThatThrownBy(() -> ObjectStorageAccess.openRequiringLock(storage))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("对象锁定").hasMessageContaining("RM23");
    }

    @Test
    void apiIsDocumentedAndTheWebappsAnswer() {
        ResponseEntity<String> docs = http.getText(null, "/v3/api-docs");
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/cases/{businessKey}/record", "/api/cases/{businessKey}/record/verify");
        assertThat(http.getText(null, "/camunda/app/tasklist/default/").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getText(null, "/swagger-ui/index.html").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
