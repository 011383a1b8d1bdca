package org.zhifa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** What a user does in Camunda Tasklist, through the same REST calls: start with a form, claim, submit a form. */
public final class Tasklist {

    private final Http http;

    public Tasklist(Http http) {
        this.http = http;
    }

    /** Starts a case from its start form, as Tasklist does; returns the process instance JSON. */
    public JsonNode start(String user, String processKey, String businessKey, Map<String, Object> variables) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("variables", variables);
        if (businessKey != null) {
            body.put("businessKey", businessKey);
        }
        ResponseEntity<JsonNode> started = http.post(user, "/engine-rest/process-definition/key/" + processKey
                + "/submit-form", body);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return started.getBody();
    }

    /** The one open task of the case, as the user sees it. */
    public JsonNode openTask(String user, String processInstanceId) {
        ResponseEntity<JsonNode> tasks = http.get(user, "/engine-rest/task?processInstanceId=" + processInstanceId);
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.getBody()).as("open tasks visible to " + user).hasSize(1);
        return tasks.getBody().get(0);
    }

    /** Claims the case's open task and submits its form. */
    public ResponseEntity<JsonNode> claimAndSubmit(String user, String processInstanceId, Map<String, Object> variables) {
        String taskId = openTask(user, processInstanceId).get("id").asText();
        ResponseEntity<JsonNode> claimed = http.post(user, "/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", user));
        assertThat(claimed.getStatusCode()).as(String.valueOf(claimed.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        return http.post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }
}
