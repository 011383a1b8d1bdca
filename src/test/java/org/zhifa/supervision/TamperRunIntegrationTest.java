package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.RecordEntry;
import org.zhifa.supervision.process.TamperVerificationProcess;
import org.zhifa.testing.Http;
import org.zhifa.testing.Tampering;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * RM24.4 over HTTP, on H2 and on MariaDB: a supervisor starts a run and reads the history; a record changed with SQL
 * (triggers dropped first, as a DBA would) is named by the next run and the administrators get a task; nobody else
 * may start or read runs.
 */
@ZhifaIntegrationTest
class TamperRunIntegrationTest {

    private static final String RUNS = "/api/supervision/tamper-runs";

    @Autowired
    Http http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRecord caseRecord;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSupervisorsRunNamesARecordChangedWithSqlAndTheAdministratorsGetATask() {
        String first = started(http.post("fengyi", RUNS, null));
        runJob(first);
        String firstKey = businessKey(first);
        JsonNode history = http.get("fengyi", RUNS + "?limit=10").getBody();
        JsonNode run = find(history, firstKey);
        assertThat(run.get("trigger").asText()).isEqualTo("requested");
        assertThat(run.get("requestedBy").asText()).isEqualTo("fengyi");
        assertThat(run.get("casesChecked").asInt()).isPositive();

        List<RecordEntry> recorded = caseRecord.entries(firstKey);
        RecordEntry changed = recorded.get(0);
        new Tampering(jdbc).update("update record_entries set actor = ? where id = ?", "nobody", changed.getId());

        String second = started(http.post("fengyi", RUNS, null));
        runJob(second);
        JsonNode found = find(http.get("fengyi", RUNS + "?limit=10").getBody(), businessKey(second));
        assertThat(found.get("failed").asBoolean()).isTrue();
        assertThat(found.get("findings").toString()).contains(firstKey);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(second)
                .taskDefinitionKey(TamperVerificationProcess.TASK_HANDLE).taskCandidateGroup("camunda-admin").count())
                .isEqualTo(1);

        for (String outsider : List.of("zhangsan", "sunqi", "wujiu")) {
            assertThat(http.post(outsider, RUNS, null).getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.get(outsider, RUNS).getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.get("fengyi", RUNS + "?limit=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static String started(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return response.getBody().get("processInstanceId").asText();
    }

    private void runJob(String processInstanceId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    private String businessKey(String processInstanceId) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getBusinessKey();
    }

    private static JsonNode find(JsonNode runs, String businessKey) {
        for (JsonNode run : runs) {
            if (run.get("businessKey").asText().equals(businessKey)) {
                return run;
            }
        }
        throw new AssertionError("no run " + businessKey + " in " + runs);
    }
}
