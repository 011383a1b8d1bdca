package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.evidence.Media;
import org.zhifa.testing.Http;
import org.zhifa.testing.Inspections;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Findings of accountability (issue 16, point 2) over HTTP, on H2 and MariaDB, each created by really doing the wrong
 * thing through the API: an administrator changes a case's data between its steps and cancels a step by a process
 * modification (firing a timer early is refused, so it is never found); an officer leaves a recording interrupted
 * without its written explanation and stores a recording late. Each shows in the list with its case, step, time and who did it, and in the CSV; only
 * supervisors see it.
 */
@ZhifaIntegrationTest
class FindingsIntegrationTest {

    private static final String FINDINGS = "/api/supervision/findings";

    @Autowired
    Http http;

    @Test
    void whatAnAdministratorDoesOutsideTheStepsIsFoundWithTheCaseTheStepTheTimeAndWhoDidIt() {
        PenaltyCases cases = new PenaltyCases(http);
        PenaltyCases.Case changed = cases.filed("person", "53010012346");
        ResponseEntity<JsonNode> put = http.put("admin", "/engine-rest/process-instance/" + changed.instance()
                + "/variables/transcriptSummary", Map.of("value", "改过的笔录摘要", "type", "String"));
        assertThat(put.getStatusCode()).as(String.valueOf(put.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        {
            JsonNode f = finding("VARIABLE_CHANGED", changed.businessKey());
            assertThat(f.get("people").asText()).isEqualTo("admin");
            assertThat(f.get("law").asText()).isEqualTo("RM24.4");
            assertThat(f.get("detail").asText()).contains("transcriptSummary");
            assertThat(f.get("at").asText()).isNotBlank();
        }

        // a step cancelled by a modification: the investigation cancelled and opened again
        PenaltyCases.Case moved = cases.filed("person", "53010012346");
        JsonNode tree = http.get("admin", "/engine-rest/process-instance/{id}/activity-instances", moved.instance())
                .getBody();
        String investigation = tree.get("childActivityInstances").findParents("activityId").stream()
                .filter(a -> a.get("activityId").asText().equals(OfficerInitiatedCaseProcess.TASK_INVESTIGATION))
                .findFirst().orElseThrow().get("id").asText();
        ResponseEntity<JsonNode> modified = http.post("admin", "/engine-rest/process-instance/" + moved.instance()
                + "/modification", Map.of("instructions", List.of(Map.of("type", "cancel", "activityInstanceId",
                        investigation), Map.of("type", "startBeforeActivity", "activityId",
                                OfficerInitiatedCaseProcess.TASK_INVESTIGATION))));
        assertThat(modified.getStatusCode()).as(String.valueOf(modified.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        {
            JsonNode f = finding("STEP_CANCELLED", moved.businessKey());
            assertThat(f.get("people").asText()).isEqualTo("admin");
            assertThat(f.get("step").asText()).isNotBlank();
            assertThat(f.get("law").asText()).isEqualTo("RM24.1");
        }

        // firing the hearing-request window's timer early by hand is refused outright: nothing to find, nothing moved
        PenaltyCases.Case early = cases.investigated("person");
        cases.ok("zhangsan", early, cases.notice(List.of("fine"), 20000));
        JsonNode timer = http.get("admin", "/engine-rest/job?processInstanceId={id}&timers=true", early.instance())
                .getBody().get(0);
        assertThat(http.post("admin", "/engine-rest/job/" + timer.get("id").asText() + "/execute", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cases.openTask(early).get("taskDefinitionKey").asText())
                .isEqualTo(OfficerInitiatedCaseProcess.TASK_RECORD_PARTY_RESPONSE);

        String csv = http.getText("fengyi", FINDINGS + ".csv").getBody();
        assertThat(csv).startsWith("\uFEFF").contains("在办案步骤之外修改案件数据", changed.businessKey(),
                "办案步骤被流程修改取消或案件被删除", moved.businessKey());
        assertThat(http.get("fengyi", FINDINGS + "?kind=nope").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.get("zhangsan", FINDINGS).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get("sunqi", FINDINGS).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRecordingLeftUnexplainedAndOneStoredLateAreFoundUntilExplained() {
        String bk = "findings-" + UUID.randomUUID();
        new Inspections(http).plan(bk);
        JsonNode lost = http.post("zhangsan", "/api/cases/" + bk + "/av-interruptions", Map.of("step",
                "Task_OnSiteInspection", "reason", "equipment", "stoppedAt", "2026-11-27T10:05:00+08:00",
                "couldNotResume", true)).getBody();
        {
            JsonNode f = finding("RECORDING_UNEXPLAINED", bk);
            assertThat(f.get("people").asText()).isEqualTo("zhangsan");
            assertThat(f.get("law").asText()).isEqualTo("RM24.2");
        }
        String instance = lost.get("processInstanceId").asText();
        org.zhifa.testing.Tasklist tasklist = new org.zhifa.testing.Tasklist(http);
        assertThat(tasklist.claimAndSubmit("sunqi", instance, Http.variables("headInstructions", "改用文字记录"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasklist.claimAndSubmit("zhangsan", instance, Http.variables("writtenExplanation",
                "执法记录仪摔坏，已改用文字记录并请见证人签字")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(kind("RECORDING_UNEXPLAINED").findValuesAsText("businessKey")).doesNotContain(bk);

        Map<String, String> late = new LinkedHashMap<>(Map.of("step", "Task_OnSiteInspection", "kind", "audio",
                "focus", "people", "recordedBy", "张三", "place", "昆明市五华区某超市", "recordedAt",
                OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusDays(30).toString()));
        assertThat(http.upload("zhangsan", "/api/cases/" + bk + "/evidence", late, "late.wav", "audio/wav",
                Media.wav(7)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        {
            JsonNode f = finding("STORED_LATE", bk);
            assertThat(f.get("people").asText()).isEqualTo("zhangsan");
            assertThat(f.get("law").asText()).isEqualTo("RM24.3");
            assertThat(f.get("detail").asText()).contains("late.wav");
        }
    }

    private JsonNode kind(String kind) {
        ResponseEntity<JsonNode> list = http.get("fengyi", FINDINGS + "?kind=" + kind);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        return list.getBody();
    }

    private JsonNode finding(String kind, String businessKey) {
        JsonNode list = kind(kind);
        for (JsonNode f : list) {
            if (businessKey.equals(f.path("businessKey").asText())) {
                assertThat(f.get("kind").asText()).isEqualTo(kind);
                return f;
            }
        }
        throw new AssertionError("no " + kind + " finding for " + businessKey + " in " + list + " record "
                + http.get("admin", "/api/cases/" + businessKey + "/record").getBody());
    }
}
