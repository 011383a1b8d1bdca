package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.cases.OfficerCaseFixtures.today;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.zhifa.ZhifaApplication;
import org.zhifa.calendar.WorkingDays;

/**
 * The clocks supervision reads ({@link CaseClocks}) along a fined case of {@code bpmn/officer-initiated-case.bpmn}:
 * the 90-day decision clock until the decision, then service in seven working days, then payment in fifteen days —
 * each from the day the case keeps, only while its act is still to be done.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
class CaseClocksProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseClocks clocks;
    @Autowired
    WorkingDays workingDays;

    OfficerCaseFixtures cases;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        cases = new OfficerCaseFixtures(engine);
        today(LocalDate.of(2026, 3, 2));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachClockRunsFromTheDayTheCaseKeepsWhileItsActIsToBeDone() {
        ProcessInstance instance = cases.reviewedByUnit("person", List.of("fine"), 5000);
        CaseClocks.Clock decision = only(instance);
        assertThat(decision.kind()).isEqualTo(CaseClocks.Kind.PENALTY_DECISION);
        assertThat(decision.startedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(decision.lastDay()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(decision.agencyCode()).isEqualTo("KMSJ");
        assertThat(decision.caseName()).isNotBlank();
        assertThat(decision.openSteps()).isNotEmpty();

        cases.leaderApproves(instance);
        CaseClocks.Clock service = only(instance);
        assertThat(service.kind()).as("the decision is made: its clock stops, service's runs")
                .isEqualTo(CaseClocks.Kind.SERVICE);
        assertThat(service.startedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(service.lastDay()).isEqualTo(workingDays.after(LocalDate.of(2026, 3, 2), 7));

        cases.serve(instance);
        CaseClocks.Clock payment = only(instance);
        assertThat(payment.kind()).isEqualTo(CaseClocks.Kind.PAYMENT);
        assertThat(payment.startedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(payment.lastDay()).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    private CaseClocks.Clock only(ProcessInstance instance) {
        List<CaseClocks.Clock> mine = clocks.running().stream()
                .filter(c -> c.processInstanceId().equals(instance.getId())).toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }
}
