package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.zhifa.ZhifaApplication;
import org.zhifa.cases.OfficerCaseFixtures;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.RecordEntry;
import org.zhifa.supervision.process.TamperVerificationProcess;
import org.zhifa.testing.Tampering;

/**
 * {@code bpmn/tamper-verification.bpmn} on the whole server (RM24.4): a supervisor's run verifies every record and
 * keeps its result; once a record is changed with SQL, the next run names it and the administrators get a task; the
 * nightly timer is one engine job (one node of a cluster runs it) and names no one. Job executor off: the tests run
 * the jobs.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
class TamperVerificationProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    TamperRuns runs;
    @Autowired
    CaseRecord caseRecord;
    @Autowired
    JdbcTemplate jdbc;

    OfficerCaseFixtures users;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        users = new OfficerCaseFixtures(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRunKeepsWhatItFoundAndARecordChangedWithSqlGoesToTheAdministrators() throws Exception {
        ProcessInstance first = requested("fengyi");
        assertThat(first.getBusinessKey()).startsWith("TAMPER-");
        assertThat(first).isWaitingAt(TamperVerificationProcess.TASK_VERIFY);
        runJob(first);
        assertThat(first).isEnded().hasPassed("End_Intact");
        TamperRuns.Run intact = runs.find(first.getBusinessKey());
        assertThat(intact.trigger()).isEqualTo(TamperRuns.REQUESTED);
        assertThat(intact.requestedBy()).isEqualTo("fengyi");
        assertThat(intact.findings()).isEmpty();
        assertThat(intact.accessLogValid()).isTrue();
        assertThat(intact.failed()).isFalse();
        // the run's own steps are recorded, under the law they carry out
        List<RecordEntry> recorded = caseRecord.entries(first.getBusinessKey());
        assertThat(recorded).extracting(RecordEntry::getActivityId).contains(TamperVerificationProcess.TASK_VERIFY);
        assertThat(recorded).extracting(RecordEntry::getLaw).containsOnly("RM24.4");
        assertThat(intact.casesChecked()).isPositive();

        // someone with SQL access changes what a recorded step said
        RecordEntry changed = recorded.get(recorded.size() - 1);
        new Tampering(jdbc).update("update record_entries set actor = ? where id = ?", "nobody", changed.getId());

        ProcessInstance second = requested("fengyi");
        runJob(second);
        TamperRuns.Run found = runs.find(second.getBusinessKey());
        assertThat(found.failed()).isTrue();
        assertThat(found.findings()).anySatisfy(f -> {
            assertThat(f.businessKey()).isEqualTo(first.getBusinessKey());
            assertThat(f.seq()).isEqualTo(changed.getSeq());
        });
        assertThat(second).isWaitingAt(TamperVerificationProcess.TASK_HANDLE).task().hasCandidateGroup("camunda-admin");
        assertThat((String) users.variable(second, TamperVerificationProcess.SUMMARY)).contains(first.getBusinessKey(),
                "第 " + changed.getSeq() + " 条");
        users.complete(second, "admin", TamperVerificationProcess.TASK_HANDLE,
                Map.of("tamperHandling", "经查为测试中的改动，已从备份核对原记录"));
        assertThat(second).isEnded().hasPassed("End_Handled");
        // the history keeps both runs as they were found, newest first
        assertThat(runs.latest(500)).extracting(TamperRuns.Run::businessKey)
                .containsSubsequence(second.getBusinessKey(), first.getBusinessKey());
    }

    @Test
    void theNightlyTimerIsOneEngineJobAndItsRunNamesNoOne() {
        // the engine reads a cron in the JVM's zone (the container's TZ: Asia/Shanghai in docker-compose), not in
        // zhifa.time-zone
        ZoneId zone = ZoneId.systemDefault();
        Job timer = management.createJobQuery().processDefinitionKey(TamperVerificationProcess.KEY).timers()
                .active().singleResult();
        ZonedDateTime due = timer.getDuedate().toInstant().atZone(zone);
        assertThat(due.getHour()).as("03:00 in the JVM's zone").isEqualTo(3);
        assertThat(due.getMinute()).isZero();

        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(1)));
        management.executeJob(timer.getId());
        ProcessInstance nightly = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(TamperVerificationProcess.KEY).active().list().stream()
                .filter(p -> TamperRuns.SCHEDULED.equals(users.variable(p, TamperVerificationProcess.TRIGGER)))
                .findFirst().orElseThrow();
        runJob(nightly);
        TamperRuns.Run run = runs.find(nightly.getBusinessKey());
        assertThat(run.trigger()).isEqualTo(TamperRuns.SCHEDULED);
        assertThat(run.requestedBy()).isNull();
        assertThat(run.startedAt()).isAfterOrEqualTo(timer.getDuedate().toInstant());
        // and the next night's run is scheduled, once
        Job next = management.createJobQuery().processDefinitionKey(TamperVerificationProcess.KEY).timers().active()
                .singleResult();
        assertThat(next.getDuedate().toInstant()).isAfter(Instant.from(due));
    }

    private ProcessInstance requested(String supervisor) {
        String id = runs.request(supervisor);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private void runJob(ProcessInstance instance) {
        Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
        management.executeJob(job.getId());
    }
}
