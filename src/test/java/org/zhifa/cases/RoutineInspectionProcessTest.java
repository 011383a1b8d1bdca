package org.zhifa.cases;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhifa.calendar.CalendarFixtures;
import org.zhifa.calendar.EngineClock;
import org.zhifa.calendar.process.WorkingDayExpressions;
import org.zhifa.cases.process.RoutineInspectionProcess;

/** The seed model {@code bpmn/routine-inspection.bpmn}: every path, the due date and the overdue timer. */
@Deployment(resources = "bpmn/routine-inspection.bpmn")
class RoutineInspectionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @BeforeEach
    void registerCalendar() {
        // the assertions' engine is per thread: an earlier Spring test in this JVM may have left the server's there
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("workingDays", new WorkingDayExpressions(CalendarFixtures.shipped(),
                new EngineClock(ZoneId.of("Asia/Shanghai"))));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void violationFoundGoesToTheUnitReviewer() {
        ProcessInstance inspection = start();

        assertThat(inspection).isWaitingAt(RoutineInspectionProcess.TASK_ON_SITE);
        assertThat(task()).hasCandidateGroup("handler");
        complete(task(), onSite(true));

        assertThat(inspection).isWaitingAt(RoutineInspectionProcess.TASK_REVIEW_FINDINGS);
        assertThat(task()).hasCandidateGroup("unit-reviewer");
        complete(task(), withVariables("reviewOpinion", "同意", "proposeFiling", true));

        assertThat(inspection).isEnded().hasPassedInOrder("StartEvent_InspectionPlanned", RoutineInspectionProcess.TASK_ON_SITE,
                RoutineInspectionProcess.GATEWAY_VIOLATION_FOUND, RoutineInspectionProcess.TASK_REVIEW_FINDINGS, RoutineInspectionProcess.END_FINDINGS_REVIEWED);
    }

    @Test
    void noViolationEndsTheInspection() {
        ProcessInstance inspection = start();

        complete(task(inspection), onSite(false));

        assertThat(inspection).isEnded().hasPassed(RoutineInspectionProcess.END_NO_VIOLATION).hasNotPassed(RoutineInspectionProcess.TASK_REVIEW_FINDINGS);
    }

    @Test
    void onSiteInspectionIsDueFiveWorkingDaysAfterThePlannedDate() {
        ProcessInstance inspection = start();

        // planned Friday 2026-11-27: the fifth working day is Friday 12-04; due at 12-05 00:00 China time
        assertThat(task(inspection)).hasDueDate(Date.from(Instant.parse("2026-12-04T16:00:00Z")));
    }

    @Test
    void overdueTimerIsNotedAndTheInspectionGoesOn() {
        ProcessInstance inspection = start();

        assertThat(job(inspection)).hasDueDate(Date.from(Instant.parse("2026-12-04T16:00:00Z")));
        execute(job(inspection));

        assertThat(inspection).hasPassed(RoutineInspectionProcess.TIMER_INSPECTION_OVERDUE, RoutineInspectionProcess.END_OVERDUE_NOTED).isWaitingAt(RoutineInspectionProcess.TASK_ON_SITE);
        complete(task(inspection), onSite(false));
        assertThat(inspection).isEnded();
    }

    /** What the on-site step takes (officers of the demo directory, where the whole server's rules run). */
    private static java.util.Map<String, Object> onSite(boolean violationFound) {
        return withVariables("inspectionDate", "2026-11-27", "officer1Certificate", "53010012345",
                "officer2Certificate", "53010012346", "certificatesShown", true, "findings",
                violationFound ? "发现过期食品" : "未发现问题", "violationFound", violationFound);
    }

    /** Planned by an officer. */
    private static ProcessInstance start() {
        identityService().setAuthentication("zhangsan", List.of("handler"));
        try {
            return runtimeService().startProcessInstanceByKey(RoutineInspectionProcess.KEY, "ZF-TEST-1",
                    withVariables("subjectName", "昆明𠮷祥商贸有限公司", "subjectAddress", "昆明市五华区", "source", "random",
                            "inspectionItems", "食品经营许可事项", "plannedDate", "2026-11-27"));
        } finally {
            identityService().clearAuthentication();
        }
    }
}
