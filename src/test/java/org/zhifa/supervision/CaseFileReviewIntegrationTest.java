package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhifa.testing.Http;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 案卷评查 (RM9) over HTTP, on H2 and MariaDB: a supervisor opens a round through the API and gets its draw; bad
 * requests are refused naming the field and start nothing; a dossier is scored through {@code /engine-rest} as
 * Tasklist does it, within the sheet, never by the case's handler; the results come as JSON and CSV; handlers may not
 * open rounds, and a head sees only the agency's own.
 */
@ZhifaIntegrationTest
class CaseFileReviewIntegrationTest {

    private static final String REVIEWS = "/api/supervision/reviews";

    @Autowired
    Http http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aSupervisorOpensARoundAndTheDossierIsScoredWithinTheSheetByAnIndependentReviewer() {
        PenaltyCases cases = new PenaltyCases(http);
        PenaltyCases.Case closed = cases.closedWithoutViolation("organisation");
        String today = cases.today();
        // drawn the next day, once the period has ended
        ClockUtil.setCurrentTime(Date.from(LocalDate.parse(today).plusDays(1).atTime(9, 0)
                .atZone(ZoneId.of("Asia/Shanghai")).toInstant()));

        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("agencies", List.of("KMSJ"), "from", today, "to", today, "sampleSize", 1),
                Map.of("name", "评查", "agencies", List.of("NOPE"), "from", today, "to", today, "sampleSize", 1),
                Map.of("name", "评查", "agencies", List.of("KMSJ"), "from", today, "to", today),
                Map.of("name", "评查", "agencies", List.of("KMSJ"), "from", today, "to", today, "sampleSize", 100000),
                Map.of("name", "评查", "agencies", List.of("KMSJ"), "from", today, "to", today, "sampleShare", 2))) {
            ResponseEntity<JsonNode> refused = http.post("fengyi", REVIEWS, bad);
            assertThat(refused.getStatusCode()).as(bad.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().toString()).containsPattern("name|agencies|NOPE|sampleSize|sampleShare");
        }
        ResponseEntity<JsonNode> badDate = http.post("fengyi", REVIEWS, Map.of("name", "评查", "agencies",
                List.of("KMSJ"), "from", "2026-13-40", "to", today, "sampleSize", 1));
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.post("zhangsan", REVIEWS, Map.of("name", "评查")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> opened = http.post("fengyi", REVIEWS, Map.of("name", "专项评查", "agencies",
                List.of("KMSJ"), "from", today, "to", today, "sampleShare", 1.0));
        assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
        JsonNode round = opened.getBody();
        String key = round.get("businessKey").asText();
        assertThat(round.get("seed").asText()).hasSize(32);
        assertThat(round.get("requestedBy").asText()).isEqualTo("fengyi");
        assertThat(round.get("cases").findValuesAsText("caseKey")).contains(closed.businessKey());

        // the dossier's scoring task, through /engine-rest as Tasklist submits it
        JsonNode task = http.get("admin", "/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey="
                + "Task_Score", key).getBody().findValues("id").stream().map(id -> http.get("admin",
                        "/engine-rest/task/{id}/variables/reviewCase", id.asText()).getBody().get("value").asText()
                        .equals(closed.businessKey()) ? id : null).filter(id -> id != null).findFirst().orElseThrow();
        String id = task.asText();
        assertThat(http.post("fengyi", "/engine-rest/task/" + id + "/claim", Map.of("userId", "fengyi"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> scores = Http.variables("score_subject", 10, "score_facts", 15, "score_evidence", 15,
                "score_procedure", 15, "score_basis", 15, "score_discretion", 10, "score_documents", 11,
                "score_archive", 10);
        ResponseEntity<JsonNode> tooMany = http.post("fengyi", "/engine-rest/task/" + id + "/submit-form",
                Map.of("variables", scores));
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMany.getBody().toString()).contains("文书规范");
        // a field the step does not offer is refused
        Map<String, Object> extra = Http.variables("score_documents", 10, "reviewSeed", "0000");
        scores.putAll(extra);
        ResponseEntity<JsonNode> smuggled = http.post("fengyi", "/engine-rest/task/" + id + "/submit-form",
                Map.of("variables", scores));
        assertThat(smuggled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        scores.remove("reviewSeed");
        scores.putAll(Http.variables("score_documents", 8, "reviewFindings", "送达回证未注明送达方式"));
        ResponseEntity<JsonNode> done = http.post("fengyi", "/engine-rest/task/" + id + "/submit-form",
                Map.of("variables", scores));
        assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode result = http.get("fengyi", REVIEWS + "/" + key).getBody();
        JsonNode scored = result.get("cases").findParents("caseKey").stream()
                .filter(c -> c.get("caseKey").asText().equals(closed.businessKey())).findFirst().orElseThrow();
        assertThat(scored.get("total").asInt()).isEqualTo(98);
        assertThat(scored.get("grade").asText()).isEqualTo("优秀");
        assertThat(scored.get("reviewer").asText()).isEqualTo("fengyi");
        String csv = http.getText("fengyi", REVIEWS + "/" + key + ".csv").getBody();
        assertThat(csv).startsWith("\uFEFF").contains("文书规范（10）", "\"" + closed.businessKey() + "\"",
                "送达回证未注明送达方式");
        assertThat(http.get("fengyi", REVIEWS).getBody().findValuesAsText("businessKey")).contains(key);
        assertThat(http.get("fengyi", REVIEWS + "/sheet").getBody().get("items")).hasSize(8);
        assertThat(http.get("fengyi", REVIEWS + "/NOPE-1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get("zhangsan", REVIEWS).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // the agency's head sees the round that reviewed the agency
        ResponseEntity<JsonNode> head = http.get("sunqi", REVIEWS + "/" + key);
        assertThat(head.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(head.getBody().get("cases").findValuesAsText("agencyCode")).containsOnly("KMSJ");
    }
}
