package org.zhifa.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.zhifa.ZhifaApplication;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.OfficerCaseFixtures;
import org.zhifa.catalogue.process.CatalogueChangeProcess;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.record.CaseRecord;

/**
 * {@code bpmn/catalogue-change.bpmn} on the whole server (PM14, PM15, PM20.5): a change started from Tasklist's start
 * form is named after its entry, registered as a version and due 20 working days later; the disclosure officer
 * publishes it or returns it with reasons; the agency head is warned before the deadline and a missed deadline is
 * flagged while the review stays open. Job executor off; the engine clock and the timers are moved by the tests.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
class CatalogueChangeProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Catalogue catalogue;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    CaseRecord caseRecord;

    OfficerCaseFixtures users;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        users = new OfficerCaseFixtures(engine);
        OfficerCaseFixtures.today(LocalDate.of(2026, 3, 2));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aChangeFromTheStartFormIsNamedRegisteredDueInTwentyWorkingDaysAndPublished() {
        String key = key();
        ProcessInstance change = start(key, "职权类别：行政处罚\n设定依据：《食品安全法》第一百二十四条");

        assertThat(change.getBusinessKey()).isEqualTo("CAT-KMSJ-powers-" + key);
        assertThat(change).isWaitingAt(CatalogueChangeProcess.TASK_REVIEW);
        Task review = users.task(change, CatalogueChangeProcess.TASK_REVIEW);
        assertThat(review).hasCandidateGroup("disclosure-officer");
        LocalDate lastDay = workingDays.after(LocalDate.of(2026, 3, 2), 20);
        assertThat(review.getDueDate()).as("the end of the 20th working day (PM14)")
                .isEqualTo(Date.from(lastDay.plusDays(1).atStartOfDay(OfficerCaseFixtures.CHINA).toInstant()));
        Map<String, Object> registered = engine.getRuntimeService().getVariables(change.getId());
        assertThat(registered).containsEntry(CatalogueChangeProcess.VERSION, 1)
                .containsEntry(CatalogueChangeProcess.AGENCY_NAME, "昆明市市场监督管理局")
                .containsEntry(CatalogueChangeProcess.CHANGED_BY, "wujiu")
                .containsEntry(CatalogueChangeProcess.LAST_DAY, lastDay.toString());
        assertThat((String) registered.get(CatalogueChangeProcess.CHANGE_TEXT)).contains("职权类别：行政处罚");
        assertThat(catalogue.item("KMSJ", "powers", key)).as("nothing is public before review").isEmpty();

        users.complete(change, "wujiu", CatalogueChangeProcess.TASK_REVIEW,
                Map.of(CatalogueChangeProcess.DECISION, CatalogueChangeProcess.DECISION_PUBLISH));

        assertThat(change).isEnded().hasPassed(CatalogueChangeProcess.TASK_PUBLISH_CATALOGUE_CHANGE, CatalogueChangeProcess.END_CATALOGUE_PUBLISHED);
        assertThat(catalogue.item("KMSJ", "powers", key)).get().satisfies(item -> {
            assertThat(item.content()).containsEntry("kind", "行政处罚");
            assertThat(item.version()).isEqualTo(1);
        });
        assertThat(catalogue.versions("KMSJ", "powers", key).get(0).decidedBy()).isEqualTo("wujiu");
        assertThat(caseRecord.entries(change.getBusinessKey())).extracting(e -> e.getActivityId())
                .contains(CatalogueChangeProcess.TASK_REGISTER_CATALOGUE_CHANGE, CatalogueChangeProcess.TASK_REVIEW,
                        CatalogueChangeProcess.TASK_PUBLISH_CATALOGUE_CHANGE);
    }

    @Test
    void aReturnNeedsReasonsAndPublishesNothing() {
        String key = key();
        ProcessInstance change = start(key, "职权类别：行政处罚\n设定依据：《食品安全法》");

        assertThatThrownBy(() -> users.complete(change, "wujiu", CatalogueChangeProcess.TASK_REVIEW,
                Map.of(CatalogueChangeProcess.DECISION, "return"))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("退回理由");
        users.complete(change, "wujiu", CatalogueChangeProcess.TASK_REVIEW, Map.of(CatalogueChangeProcess.DECISION,
                "return", CatalogueChangeProcess.REASON, "设定依据应写明条款"));

        assertThat(change).isEnded().hasPassed(CatalogueChangeProcess.END_CATALOGUE_RETURNED).hasNotPassed(CatalogueChangeProcess.TASK_PUBLISH_CATALOGUE_CHANGE);
        assertThat(catalogue.item("KMSJ", "powers", key)).isEmpty();
        assertThat(catalogue.versions("KMSJ", "powers", key).get(0)).satisfies(version -> {
            assertThat(version.state()).isEqualTo("returned");
            assertThat(version.reason()).isEqualTo("设定依据应写明条款");
        });
    }

    @Test
    void theHeadIsWarnedBeforeTheDeadlineAndAMissedDeadlineIsFlaggedWhileTheReviewStaysOpen() {
        String key = key();
        ProcessInstance change = start(key, "职权类别：行政检查\n设定依据：《食品安全法》");

        fire(change, CatalogueChangeProcess.TIMER_WARNING);
        assertThat(users.task(change, CatalogueChangeProcess.TASK_WARNING)).hasCandidateGroup("leader");
        fire(change, CatalogueChangeProcess.TIMER_DEADLINE);

        assertThat(change).hasPassed(CatalogueChangeProcess.TASK_MARK_CATALOGUE_OVERDUE, CatalogueChangeProcess.END_CATALOGUE_OVERDUE)
                .isWaitingAt(CatalogueChangeProcess.TASK_REVIEW, CatalogueChangeProcess.TASK_WARNING);
        assertThat(catalogue.attention(LocalDate.of(2026, 3, 2))).extracting(Catalogue.Version::key).contains(key);
        assertThat(catalogue.versions("KMSJ", "powers", key).get(0).overdue()).isTrue();
    }

    @Test
    void aStartFormWithWrongFieldsIsRefusedNamingEachOne() {
        assertThatThrownBy(() -> users.as("wujiu", () -> engine.getRuntimeService().startProcessInstanceByKey(
                CatalogueChangeProcess.KEY, Map.of(CatalogueChangeProcess.AGENCY, "NOPE",
                        CatalogueChangeProcess.SECTION, "nope", CatalogueChangeProcess.ITEM_KEY, "KEY-1"))))
                .as("choices the start form was not served with").isInstanceOf(InvalidSubmissionException.class)
                .satisfies(e -> assertThat(((InvalidSubmissionException) e).errors())
                        .extracting(InvalidSubmissionException.FieldError::field).containsExactlyInAnyOrder(
                                CatalogueChangeProcess.AGENCY, CatalogueChangeProcess.SECTION));
        assertThatThrownBy(() -> users.as("wujiu", () -> engine.getRuntimeService().startProcessInstanceByKey(
                CatalogueChangeProcess.KEY, Map.of(CatalogueChangeProcess.AGENCY, "KMSJ",
                        CatalogueChangeProcess.SECTION, "powers", CatalogueChangeProcess.ITEM_KEY, "坏 编码"))))
                .as("an item code the entries cannot be filed under").isInstanceOf(InvalidSubmissionException.class)
                .satisfies(e -> assertThat(((InvalidSubmissionException) e).errors())
                        .extracting(InvalidSubmissionException.FieldError::field)
                        .containsExactly(CatalogueChangeProcess.ITEM_KEY));
        assertThatThrownBy(() -> users.as("wujiu", () -> engine.getRuntimeService().startProcessInstanceByKey(
                CatalogueChangeProcess.KEY, Map.of(CatalogueChangeProcess.AGENCY, "KMSJ"))))
                .as("the start form's required section").isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("公开栏目");
        assertThatThrownBy(() -> start(key(), "职权类别行政处罚")).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("不是“字段名称：内容”");
    }

    private ProcessInstance start(String key, String contentText) {
        return users.as("wujiu", () -> engine.getRuntimeService().startProcessInstanceByKey(CatalogueChangeProcess.KEY,
                Map.of(CatalogueChangeProcess.AGENCY, "KMSJ", CatalogueChangeProcess.SECTION, "powers",
                        CatalogueChangeProcess.ITEM_KEY, key, CatalogueChangeProcess.TITLE, "对销售过期食品的行政处罚",
                        CatalogueChangeProcess.CONTENT_TEXT, contentText)));
    }

    private void fire(ProcessInstance change, String timer) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(change.getId()).activityId(timer)
                .singleResult();
        assertThat(job).as(timer).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    private static String key() {
        return "PT-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
