package org.zhifa.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.zhifa.ZhifaApplication;
import org.zhifa.cases.OfficerCaseFixtures;
import org.zhifa.directory.Directory;
import org.zhifa.statistics.process.AnnualStatisticsProcess;

/**
 * {@code bpmn/annual-statistics.bpmn} on the whole server (PM8.5, PM18, PM20.5): a run is named after its year and
 * counts every agency of the directory, each reviewed by a disclosure officer by 31 January, recomputed on request
 * and published; the head is warned before the deadline, a missed one is flagged and a later publication marked
 * late; the January timer starts last year's run. Job executor off; engine clock and timers moved by the tests; each
 * test counts its own year.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
class AnnualStatisticsProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AnnualStatistics statistics;
    @Autowired
    Directory directory;

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
    void aRunIsNamedAfterItsYearAndEveryAgencyIsReviewedBy31JanuaryRecomputedAndPublished() {
        ProcessInstance run = start(2019);

        assertThat(run.getBusinessKey()).isEqualTo("STAT-2019");
        List<Task> reviews = reviews(run);
        assertThat(reviews).hasSize(directory.agencies().size()).allSatisfy(review -> {
            assertThat(review).hasCandidateGroup("disclosure-officer");
            assertThat(review.getDueDate()).as("the end of 31 January (PM18)")
                    .isEqualTo(Date.from(Instant.parse("2020-01-31T16:00:00Z")));
        });
        Task kmsj = review(run, "KMSJ");
        assertThat((String) engine.getTaskService().getVariable(kmsj.getId(), AnnualStatisticsProcess.TEXT))
                .startsWith("昆明市市场监督管理局 2019 年度");

        decide(kmsj, "recompute");
        assertThat(statistics.computations("KMSJ", 2019)).hasSize(2).noneMatch(AnnualStatistics.Statistics::published);
        decide(review(run, "KMSJ"), AnnualStatisticsProcess.DECISION_PUBLISH);

        assertThat(statistics.published("KMSJ", 2019)).get().satisfies(published -> {
            assertThat(published.late()).isFalse();
            assertThat(published.figures().agencyName()).isEqualTo("昆明市市场监督管理局");
        });
        assertThat(reviews(run)).as("the other agencies still wait").hasSize(directory.agencies().size() - 1);
    }

    @Test
    void theHeadIsWarnedAMissedDeadlineIsFlaggedAndALatePublicationIsMarkedLate() {
        ProcessInstance run = start(2021);
        Task kmsj = review(run, "KMSJ");

        fire(kmsj, AnnualStatisticsProcess.TIMER_WARNING);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(run.getId())
                .taskDefinitionKey(AnnualStatisticsProcess.TASK_WARNING).list()).hasSize(1)
                .allSatisfy(warning -> assertThat(warning).hasCandidateGroup("leader"));
        fire(kmsj, AnnualStatisticsProcess.TIMER_DEADLINE);

        assertThat(statistics.overdue()).extracting(AnnualStatistics.Overdue::agencyCode, AnnualStatistics.Overdue::year)
                .contains(org.assertj.core.groups.Tuple.tuple("KMSJ", 2021));
        assertThat(review(run, "KMSJ")).as("the review stays open").isNotNull();
        OfficerCaseFixtures.today(LocalDate.of(2022, 2, 10));
        decide(review(run, "KMSJ"), AnnualStatisticsProcess.DECISION_PUBLISH);
        assertThat(statistics.published("KMSJ", 2021)).get().satisfies(p -> assertThat(p.late()).isTrue());
    }

    @Test
    void theJanuaryTimerStartsLastYearsRun() {
        OfficerCaseFixtures.today(LocalDate.of(2024, 1, 2));
        Job january = engine.getManagementService().createJobQuery().processDefinitionKey(AnnualStatisticsProcess.KEY)
                .timers().list().stream().filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();

        engine.getManagementService().executeJob(january.getId());

        ProcessInstance run = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("STAT-2023").singleResult();
        assertThat(run).isNotNull().hasPassed(AnnualStatisticsProcess.TASK_PREPARE_STATISTICS);
        assertThat(engine.getRuntimeService().getVariable(run.getId(), AnnualStatisticsProcess.YEAR)).isEqualTo(2023);
        assertThat(reviews(run)).hasSize(directory.agencies().size());
    }

    private ProcessInstance start(int year) {
        OfficerCaseFixtures.today(LocalDate.of(year + 1, 1, 6));
        String id = statistics.start(year);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private List<Task> reviews(ProcessInstance run) {
        return engine.getTaskService().createTaskQuery().processInstanceId(run.getId())
                .taskDefinitionKey(AnnualStatisticsProcess.TASK_REVIEW).list();
    }

    private Task review(ProcessInstance run, String agency) {
        return reviews(run).stream().filter(task -> agency.equals(engine.getTaskService().getVariable(task.getId(),
                AnnualStatisticsProcess.AGENCY))).findFirst().orElseThrow();
    }

    private void decide(Task review, String decision) {
        users.as("wujiu", () -> {
            engine.getTaskService().claim(review.getId(), "wujiu");
            engine.getTaskService().complete(review.getId(), Variables.fromMap(Map.of(AnnualStatisticsProcess.DECISION,
                    decision)));
            return null;
        });
    }

    /** Fires the timer attached to this review (each agency's sub-process has its own). */
    private void fire(Task review, String timer) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(review.getProcessInstanceId())
                .activityId(timer).list().stream().filter(j -> sameScope(j, review)).findFirst().orElseThrow();
        engine.getManagementService().executeJob(job.getId());
    }

    private boolean sameScope(Job job, Task review) {
        var execution = engine.getRuntimeService().createExecutionQuery().executionId(job.getExecutionId())
                .singleResult();
        return execution != null && engine.getTaskService().getVariable(review.getId(), AnnualStatisticsProcess.AGENCY)
                .equals(engine.getRuntimeService().getVariable(execution.getId(), AnnualStatisticsProcess.AGENCY));
    }
}
