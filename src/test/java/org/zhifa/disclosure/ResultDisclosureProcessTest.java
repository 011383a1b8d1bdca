package org.zhifa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.ZhifaApplication;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.cases.OfficerCaseFixtures;
import org.zhifa.disclosure.process.ResultDisclosureProcess;
import org.zhifa.evidence.CaseDocuments;
import org.zhifa.record.CaseRecord;

/**
 * {@code bpmn/result-disclosure.bpmn} on the whole server: a decision starts its disclosure; the draft is redacted;
 * the PM14 deadline counts working days; a minor's case is never published; the head is warned before the deadline
 * and a missed deadline is flagged (PM20.5); the officer's review is checked on the server; trade secrets need the
 * head's approval. Job executor off; timers fired by the tests.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
class ResultDisclosureProcessTest {

    /** A decision document as the case module writes it, with the personal data PM10 lists. */
    private static final String DOCUMENT = """
            <html><head><style>p{margin:0}</style></head><body><h1>行政处罚决定书</h1>
            <p class="number">昆市监罚〔2026〕%s号</p>
            <p>当事人：王建国，身份证号码：530102198507153216，住址：昆明市五华区华山南路12号501室，联系电话：13887654321。</p>
            <p>经查，当事人销售超过保质期的食品12包。证人：李秀英。</p>
            <p>决定：罚款人民币5000元。</p></body></html>
            """;

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseDecisions decisions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CaseDocuments documents;
    @Autowired
    Publications publications;
    @Autowired
    JdbcTemplate jdbc;
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
    void aPenaltyDecisionIsDraftedRedactedAndPublishedWithinSevenWorkingDays() {
        String bk = "GS-" + UUID.randomUUID();
        ProcessInstance disclosure = decide(bk, "penalty", "person", "王建国", "530102198507153216");

        assertThat(disclosure).isWaitingAt(ResultDisclosureProcess.TASK_REVIEW);
        Task review = users.task(disclosure, ResultDisclosureProcess.TASK_REVIEW);
        assertThat(review.getDueDate()).as("7 working days after Monday 2026-03-02: end of Wednesday 03-11")
                .isEqualTo(Date.from(Instant.parse("2026-03-11T16:00:00Z")));
        Map<String, Object> draft = engine.getRuntimeService().getVariables(disclosure.getId());
        assertThat(draft.get("partyShown")).isEqualTo("王某");
        assertThat(draft.get("caseName")).isEqualTo("王某涉嫌销售超过保质期的食品案");
        assertThat((String) draft.get("publishedFullText")).contains("王某", "李某", "罚款人民币5000元")
                .doesNotContain("王建国", "530102198507153216", "13887654321", "华山南路12号", "李秀英", "<p>");
        assertThat((String) draft.get("redactionMarkedUp")).contains("【530102198507153216→〔身份证号码已隐去〕】");
        assertThat(draft).as("the party's ID number, address and phone were transient").doesNotContainKeys(
                "partyIdNumber", "partyAddress", "partyPhone");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(
                disclosure.getId()).variableName("partyIdNumber").count()).isZero();

        OfficerCaseFixtures.today(LocalDate.of(2026, 3, 5));
        users.complete(disclosure, "wujiu", ResultDisclosureProcess.TASK_REVIEW, Map.of("disclosureChoice", "publish",
                "publicationForm", "full"));

        assertThat(disclosure).isEnded().hasPassed(ResultDisclosureProcess.TASK_PUBLISH, ResultDisclosureProcess.END_PUBLISHED);
        long id = ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(disclosure.getId()).variableName("publicationId").singleResult().getValue())
                .longValue();
        assertThat(publications.versions(id)).extracting(Publications.Version::action).containsExactly("draft",
                "publish");
        Publications.Version published = publications.versions(id).get(1);
        assertThat(published.actedBy()).isEqualTo("wujiu");
        assertThat(published.late()).isFalse();
        assertThat(jdbc.queryForObject("select full_text from published_results where publication_id = ?",
                String.class, id)).contains("王某").doesNotContain("王建国", "13887654321");
        assertThat(caseRecord.entries(bk)).extracting(e -> e.getActivityId()).contains(ResultDisclosureProcess.TASK_PREPARE_DRAFT,
                ResultDisclosureProcess.TASK_REVIEW, ResultDisclosureProcess.TASK_PUBLISH);
    }

    @Test
    void aMinorsCaseIsNeverPublished() {
        String bk = "GS-" + UUID.randomUUID();
        ProcessInstance disclosure = decide(bk, "penalty", "person", "赵小明", idBornOn("20100501"));

        assertThat(disclosure).isEnded().hasPassed(ResultDisclosureProcess.TASK_WITHHOLD_MINOR, ResultDisclosureProcess.END_WITHHELD_MINOR)
                .hasNotPassed(ResultDisclosureProcess.TASK_REVIEW, ResultDisclosureProcess.TASK_PUBLISH);
        long id = publications.ofCase(bk).get(0).id();
        Publications.Version withheld = publications.versions(id).get(1);
        assertThat(withheld.action()).isEqualTo("withhold");
        assertThat(withheld.ground()).isEqualTo("PM11.1");
        assertThat(jdbc.queryForObject("select count(*) from published_results where publication_id = ?",
                Long.class, id)).isZero();
    }

    @Test
    void theHeadIsWarnedBeforeTheDeadlineAndAMissedDeadlineIsFlagged() {
        String bk = "GS-" + UUID.randomUUID();
        ProcessInstance disclosure = decide(bk, "penalty", "organisation", "昆明𠮷祥商贸有限公司", null);

        Job warning = timer(disclosure, ResultDisclosureProcess.TIMER_DEADLINE_WARNING);
        assertThat(warning.getDuedate()).as("2 working days before the last day, 03-11: Monday 03-09, 09:00")
                .isEqualTo(Date.from(Instant.parse("2026-03-09T01:00:00Z")));
        engine.getManagementService().executeJob(warning.getId());
        assertThat(users.task(disclosure, ResultDisclosureProcess.TASK_DEADLINE_WARNING).getTaskDefinitionKey())
                .isEqualTo(ResultDisclosureProcess.TASK_DEADLINE_WARNING);
        assertThat(BpmnAwareTests.task(ResultDisclosureProcess.TASK_DEADLINE_WARNING, disclosure)).hasCandidateGroup("leader");

        engine.getManagementService().executeJob(timer(disclosure, ResultDisclosureProcess.TIMER_DEADLINE).getId());
        long id = publications.ofCase(bk).get(0).id();
        assertThat(publications.versions(id)).extracting(Publications.Version::action).contains("overdue");
        assertThat(disclosure).isWaitingAt(ResultDisclosureProcess.TASK_REVIEW, ResultDisclosureProcess.TASK_DEADLINE_WARNING);

        OfficerCaseFixtures.today(LocalDate.of(2026, 3, 13));
        users.complete(disclosure, "wujiu", ResultDisclosureProcess.TASK_REVIEW, Map.of("disclosureChoice", "publish",
                "publicationForm", "summary"));
        assertThat(publications.versions(id)).filteredOn(v -> v.action().equals("publish")).singleElement()
                .satisfies(v -> assertThat(v.late()).as("published after the deadline").isTrue());
    }

    @Test
    void theReviewIsCheckedOnTheServer() {
        String bk = "GS-" + UUID.randomUUID();
        ProcessInstance disclosure = decide(bk, "penalty", "person", "王建国", "530102198507153216");

        assertThatThrownBy(() -> users.complete(disclosure, "wujiu", ResultDisclosureProcess.TASK_REVIEW, Map.of(
                "disclosureChoice", "publish", "publicationForm", "summary", "publishedFacts",
                "当事人王建国（电话13887654321）销售过期食品"))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("联系电话“13887654321”").hasMessageContaining("全名");
        assertThatThrownBy(() -> users.complete(disclosure, "wujiu", ResultDisclosureProcess.TASK_REVIEW, Map.of(
                "disclosureChoice", "withhold"))).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("withholdGround").hasMessageContaining("withholdReason");
        assertThat(disclosure).isWaitingAt(ResultDisclosureProcess.TASK_REVIEW);

        users.complete(disclosure, "wujiu", ResultDisclosureProcess.TASK_REVIEW, Map.of("disclosureChoice",
                "withhold", "withholdGround", "PM11.4", "withholdReason", "关联案件正在侦查"));
        assertThat(disclosure).isEnded().hasPassed(ResultDisclosureProcess.TASK_WITHHOLD);
        Publications.Version withheld = publications.versions(publications.ofCase(bk).get(0).id()).get(1);
        assertThat(withheld.ground()).isEqualTo("PM11.4");
        assertThat(withheld.actedBy()).isEqualTo("wujiu");
    }

    @Test
    void publishingDespiteTradeSecretsNeedsTheHeadsApproval() {
        String bk = "GS-" + UUID.randomUUID();
        ProcessInstance disclosure = decide(bk, "penalty", "organisation", "昆明𠮷祥商贸有限公司", null);

        users.complete(disclosure, "wujiu", ResultDisclosureProcess.TASK_REVIEW, Map.of("disclosureChoice", "publish",
                "publicationForm", "summary", "involvesSecrets", true, "exceptionBasis", "consent"));
        assertThat(disclosure).isWaitingAt(ResultDisclosureProcess.TASK_EXCEPTION_APPROVAL);
        users.complete(disclosure, "sunqi", ResultDisclosureProcess.TASK_EXCEPTION_APPROVAL, Map.of("exceptionDecision", "refuse",
                "exceptionOpinion", "权利人同意书不完整"));

        assertThat(disclosure).isEnded().hasPassed(ResultDisclosureProcess.TASK_WITHHOLD).hasNotPassed(ResultDisclosureProcess.TASK_PUBLISH);
        Publications.Version withheld = publications.versions(publications.ofCase(bk).get(0).id()).get(1);
        assertThat(withheld.ground()).isEqualTo("PM11.2");
        assertThat(withheld.reason()).contains("权利人同意书不完整");
    }

    @Test
    void otherResultsHaveTwentyWorkingDays() {
        ProcessInstance disclosure = decide("GS-" + UUID.randomUUID(), "coercion", "organisation", "昆明𠮷祥商贸有限公司",
                null, "sequestration");
        assertThat(engine.getRuntimeService().getVariable(disclosure.getId(), "disclosureLastDay"))
                .as("20 working days after 2026-03-02").isEqualTo("2026-03-30");
    }

    private ProcessInstance decide(String bk, String caseKind, String partyType, String partyName, String idNumber) {
        return decide(bk, caseKind, partyType, partyName, idNumber, "penalty");
    }

    private ProcessInstance decide(String bk, String caseKind, String partyType, String partyName, String idNumber,
            String outcome) {
        String number = "昆市监罚〔2026〕" + Math.abs(bk.hashCode() % 100000) + "号";
        transactions.executeWithoutResult(status -> {
            var document = documents.store(bk, "行政处罚决定书", "decision.html", "text/html",
                    DOCUMENT.formatted(Math.abs(bk.hashCode() % 100000)).getBytes(StandardCharsets.UTF_8), "sunqi");
            decisions.issued(new CaseDecisions.Decision(bk, null, caseKind, outcome, "KMSJ", "昆明市市场监督管理局", number,
                    LocalDate.of(2026, 3, 2), "涉嫌销售超过保质期的食品", partyType, partyName,
                    "organisation".equals(partyType) ? "赵德明" : null, List.of("fine"), new BigDecimal("5000"),
                    "经查，当事人销售超过保质期的食品12包。", "《中华人民共和国食品安全法》第一百二十四条", null,
                    document.sha256(), idNumber, "昆明市五华区华山南路12号501室", "13887654321"));
        });
        var started = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ResultDisclosureProcess.KEY).processInstanceBusinessKey(bk).singleResult();
        assertThat(started).as("the decision started its disclosure").isNotNull();
        return instance(started);
    }

    /** The disclosure as the assertions library needs it, whether it still runs or ended at once. */
    private static ProcessInstance instance(org.camunda.bpm.engine.history.HistoricProcessInstance historic) {
        return new ProcessInstance() {
            public String getId() { return historic.getId(); }
            public String getProcessInstanceId() { return historic.getId(); }
            public String getRootProcessInstanceId() { return historic.getRootProcessInstanceId(); }
            public String getProcessDefinitionId() { return historic.getProcessDefinitionId(); }
            public String getProcessDefinitionKey() { return historic.getProcessDefinitionKey(); }
            public String getBusinessKey() { return historic.getBusinessKey(); }
            public String getCaseInstanceId() { return null; }
            public String getTenantId() { return null; }
            public boolean isSuspended() { return false; }
            public boolean isEnded() { return historic.getEndTime() != null; }
        };
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    /** A valid resident ID number of someone born on that day (yyyymmdd). */
    private static String idBornOn(String birth) {
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        String body = "530102" + birth + "123";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
