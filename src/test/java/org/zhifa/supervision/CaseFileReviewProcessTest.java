package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.zhifa.cases.OfficerCaseFixtures.today;
import static org.zhifa.cases.OfficerCaseFixtures.values;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.zhifa.cases.CaseSummaries;
import org.zhifa.cases.OfficerCaseFixtures;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.RecordEntry;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.StateConflict;
import org.zhifa.supervision.process.CaseFileReviewProcess;

/**
 * {@code bpmn/case-file-review.bpmn} (案卷评查, RM9) on the whole server: a supervisor's round draws closed cases with
 * a seed it records, repeatable by anyone; each dossier is scored on every item of the sheet by someone who took no
 * part in its case; the agency that lost points reports its rectification, only through its own people, until a
 * supervisor accepts it.
 */
@SpringBootTest(classes = ZhifaApplication.class)
@ActiveProfiles({ "demo", "test" })
class CaseFileReviewProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseFileReviews reviews;
    @Autowired
    ReviewResults results;
    @Autowired
    CaseSummaries summaries;
    @Autowired
    CaseRecord caseRecord;
    @Autowired
    Deadlines deadlines;

    OfficerCaseFixtures cases;
    IdentityService identity;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        cases = new OfficerCaseFixtures(engine);
        identity = engine.getIdentityService();
    }

    @AfterEach
    void removeTestMemberships() {
        ClockUtil.reset();
        identity.deleteMembership("zhangsan", "supervisor");
        if (identity.createUserQuery().userId("wanghead").count() > 0) {
            identity.deleteUser("wanghead");
        }
    }

    @Test
    void aRoundDrawsRepeatablyScoresWithFourEyesAndTracksTheAgencysRectificationUntilAccepted() throws Exception {
        for (int i = 0; i < 3; i++) {
            closedWithoutViolation();
        }
        LocalDate closedOn = today();
        var request = new CaseFileReviews.RoundRequest("2026 年第四季度案卷评查", List.of("KMSJ"), closedOn, closedOn, 2,
                null);
        // the cases closed today are drawn tomorrow, once their period has ended
        OfficerCaseFixtures.today(closedOn.plusDays(1));
        String key = reviews.open(request, "fengyi");
        // another round of the same agency and period cannot be drawn while this one runs
        assertThatThrownBy(() -> reviews.open(request, "fengyi")).isInstanceOf(StateConflict.class)
                .hasMessageContaining(key);
        ProcessInstance round = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
                .singleResult();
        assertThat(key).startsWith("PCJC-");
        assertThat(round).isWaitingAt(CaseFileReviewProcess.TASK_SCORE);

        // the draw: two of the agency's closed cases, the lowest SHA-256(seed:number); the same seed, the same two
        ReviewResults.Round drawn = results.round(key).orElseThrow();
        List<CaseSummaries.ClosedCase> closed = summaries.closed(List.of("KMSJ"),
                closedOn.atStartOfDay(OfficerCaseFixtures.CHINA).toInstant(),
                closedOn.plusDays(1).atStartOfDay(OfficerCaseFixtures.CHINA).toInstant());
        assertThat(drawn.populationSha256()).isEqualTo(CaseFileReviews.sha256(String.join("\n", closed.stream()
                .map(CaseSummaries.ClosedCase::businessKey).sorted().toList())));
        assertThat(drawn.population()).isEqualTo(closed.size()).isGreaterThanOrEqualTo(3);
        List<String> sample = drawn.cases().stream().map(ReviewResults.CaseResult::caseKey).toList();
        assertThat(sample).hasSize(2).isEqualTo(CaseFileReviews.sample(drawn.seed(), closed, 2, null).stream()
                .map(d -> d[0]).toList());
        assertThat(drawn.cases()).allSatisfy(c -> assertThat(c.rank()).isEqualTo(CaseFileReviews.rank(drawn.seed(),
                c.caseKey())));
        // the seed and the sample are in the round's hash-chained record
        RecordEntry draw = caseRecord.entries(key).stream()
                .filter(e -> CaseFileReviewProcess.TASK_DRAW.equals(e.getActivityId())).findFirst().orElseThrow();
        assertThat(draw.getFormValues()).contains(drawn.seed(), sample.get(0), sample.get(1));
        assertThat(draw.getLaw()).isEqualTo("RM9");
        assertThat(caseRecord.verify(key).valid()).isTrue();

        List<Task> scoring = tasks(round, CaseFileReviewProcess.TASK_SCORE);
        assertThat(scoring).hasSize(2).allSatisfy(t -> assertThat(engine.getTaskService().getVariable(t.getId(),
                CaseFileReviewProcess.DOSSIER_PAGE).toString()).endsWith("/dossier.pdf"));
        // four eyes: the case's handler, though also a supervisor, may neither take nor score its dossier
        identity.createMembership("zhangsan", "supervisor");
        Task first = scoring.get(0);
        assertThatThrownBy(() -> cases.as("zhangsan", () -> {
            engine.getTaskService().claim(first.getId(), "zhangsan");
            return null;
        })).isInstanceOf(AuthorizationException.class).hasMessageContaining("四眼原则");

        // every item scored, within its points; a deduction needs its reasons
        Map<String, Object> partial = fullMarks();
        partial.remove("score_facts");
        partial.put("score_evidence", 16);
        assertThatThrownBy(() -> score("fengyi", first, partial)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("事实清楚").hasMessageContaining("证据确凿");
        Map<String, Object> lost = fullMarks();
        lost.put("score_documents", 4);
        assertThatThrownBy(() -> score("fengyi", first, lost)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("评查意见");
        lost.put("reviewFindings", "文书规范：询问笔录未由当事人逐页签名");
        score("fengyi", first, lost);
        // the other dossier's scores do not show through the first's
        Task second = tasks(round, CaseFileReviewProcess.TASK_SCORE).get(0);
        Map<String, Object> secondScores = fullMarks();
        secondScores.remove("score_documents");
        assertThatThrownBy(() -> score("fengyi", second, secondScores)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("文书规范");
        score("fengyi", second, fullMarks());

        ReviewResults.Round graded = results.round(key).orElseThrow();
        ReviewResults.CaseResult lostCase = graded.cases().stream().filter(c -> c.total() < c.maxTotal()).findFirst()
                .orElseThrow();
        assertThat(lostCase.total()).isEqualTo(94);
        assertThat(lostCase.grade()).isEqualTo(ReviewSheet.EXCELLENT);
        assertThat(lostCase.reviewer()).isEqualTo("fengyi");
        ReviewResults.AgencyResult agency = graded.agencyResults().get(0);
        assertThat(agency.agencyCode()).isEqualTo("KMSJ");
        assertThat(agency.grade()).isEqualTo(ReviewSheet.EXCELLENT);
        assertThat(agency.meanShare()).isEqualTo(0.97);
        assertThat(agency.status()).isEqualTo(ReviewResults.AWAITED);
        assertThat(agency.dueOn()).isAfter(today());
        // tracked like any deadline: green now, with its last day
        assertThat(deadlines.running(null, Deadlines.RECTIFICATION, List.of("KMSJ"))).anySatisfy(d -> {
            assertThat(d.businessKey()).isEqualTo(key);
            assertThat(d.lastDay()).isEqualTo(agency.dueOn());
            assertThat(d.light()).isEqualTo(Deadlines.Light.GREEN);
            assertThat(d.label()).isEqualTo("案卷评查整改");
        });

        // the rectification: only the agency's own head reports it
        assertThat(round).isWaitingAt(CaseFileReviewProcess.TASK_RECTIFY);
        Task rectify = tasks(round, CaseFileReviewProcess.TASK_RECTIFY).get(0);
        assertThat(rectify.getDueDate()).isNotNull();
        // offered to the agency's own head alone, not to every head of every agency
        assertThat(engine.getTaskService().getIdentityLinksForTask(rectify.getId())).isNotEmpty().allSatisfy(link -> {
            assertThat(link.getGroupId()).isNull();
            assertThat(link.getUserId()).isEqualTo("sunqi");
        });
        assertThat(engine.getTaskService().getVariable(rectify.getId(), CaseFileReviewProcess.AGENCY_FINDINGS)
                .toString()).contains(lostCase.caseKey(), "询问笔录未由当事人逐页签名");
        identity.saveUser(identity.newUser("wanghead"));
        identity.createMembership("wanghead", "leader");
        assertThatThrownBy(() -> cases.as("wanghead", () -> {
            engine.getTaskService().claim(rectify.getId(), "wanghead");
            return null;
        })).isInstanceOf(AuthorizationException.class);
        cases.complete(round, "sunqi", CaseFileReviewProcess.TASK_RECTIFY, values(CaseFileReviewProcess.MEASURES,
                "已组织全体执法人员学习询问笔录制作规范"));
        // a supervisor returns it, the head reports again, the supervisor accepts
        assertThatThrownBy(() -> cases.complete(round, "fengyi", CaseFileReviewProcess.TASK_CHECK, values(
                CaseFileReviewProcess.CHECK, "maybe", CaseFileReviewProcess.OPINION, "？")))
                .isInstanceOf(InvalidSubmissionException.class);
        cases.complete(round, "fengyi", CaseFileReviewProcess.TASK_CHECK, values(CaseFileReviewProcess.CHECK,
                CaseFileReviews.RETURNED, CaseFileReviewProcess.OPINION, "未附补正后的笔录"));
        assertThat(results.round(key).orElseThrow().agencyResults().get(0).status()).isEqualTo(ReviewResults.RETURNED);
        assertThat(results.open()).anySatisfy(o -> assertThat(o.roundKey()).isEqualTo(key));
        assertThat(engine.getTaskService().getVariable(tasks(round, CaseFileReviewProcess.TASK_RECTIFY).get(0).getId(),
                CaseFileReviewProcess.AGENCY_FINDINGS).toString()).contains("被退回", "未附补正后的笔录");
        cases.complete(round, "sunqi", CaseFileReviewProcess.TASK_RECTIFY, values(CaseFileReviewProcess.MEASURES,
                "已补正笔录并附后"));
        cases.complete(round, "fengyi", CaseFileReviewProcess.TASK_CHECK, values(CaseFileReviewProcess.CHECK,
                CaseFileReviews.ACCEPTED, CaseFileReviewProcess.OPINION, "整改到位"));
        assertThat(round).isEnded().hasPassed("End_Closed");

        ReviewResults.AgencyResult done = results.round(key).orElseThrow().agencyResults().get(0);
        assertThat(done.status()).isEqualTo(ReviewResults.ACCEPTED);
        assertThat(done.answers()).extracting(ReviewResults.Answer::kind).containsExactly(
                CaseFileReviews.RECTIFICATION, CaseFileReviews.RETURNED, CaseFileReviews.RECTIFICATION,
                CaseFileReviews.ACCEPTED);
        assertThat(results.open()).noneSatisfy(o -> assertThat(o.roundKey()).isEqualTo(key));
        assertThat(caseRecord.verify(key).valid()).isTrue();
        assertThat(caseRecord.entries(key)).extracting(RecordEntry::getActivityId).contains(
                CaseFileReviewProcess.TASK_SCORE, CaseFileReviewProcess.TASK_GRADE, CaseFileReviewProcess.TASK_RECTIFY,
                CaseFileReviewProcess.TASK_CHECK);
    }

    @Test
    void aRoundWithNothingToDrawOrABadRequestStartsNothing() {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(CaseFileReviewProcess.KEY).count();
        assertThatThrownBy(() -> reviews.open(new CaseFileReviews.RoundRequest("空", List.of("KMSJ"),
                today().minusYears(9), today().minusYears(9), 1, null), "fengyi")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("没有办结的案件");
        assertThatThrownBy(() -> reviews.open(new CaseFileReviews.RoundRequest("x", List.of("NOPE"), today(), today(),
                1, null), "fengyi")).isInstanceOf(InvalidInput.class).hasMessageContaining("NOPE");
        assertThatThrownBy(() -> reviews.open(new CaseFileReviews.RoundRequest("x", List.of("KMSJ"),
                today().minusDays(1), today().minusDays(1), 1, 0.5), "fengyi")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("sampleSize");
        assertThatThrownBy(() -> reviews.open(new CaseFileReviews.RoundRequest("x", List.of("KMSJ"), today(),
                today(), 1, null), "fengyi")).isInstanceOf(InvalidInput.class).hasMessageContaining("to");
        assertThatThrownBy(() -> reviews.open(new CaseFileReviews.RoundRequest("x", List.of("KMSJ"),
                today().minusDays(3), today().minusDays(1), null, 0.123456), "fengyi"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("sampleShare");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(CaseFileReviewProcess.KEY).count()).isEqualTo(before);
    }

    @Test
    void aLaterModelWithoutTheStepsTheRulesHoldOnIsRefused() throws Exception {
        String model = java.nio.file.Files.readString(java.nio.file.Path.of("bpmn/case-file-review.bpmn"))
                .replace("\"Task_Score\"", "\"Task_Scoring\"").replace("Task_Score_di", "Task_Scoring_di")
                .replace("targetRef=\"Task_Score\"", "targetRef=\"Task_Scoring\"")
                .replace("sourceRef=\"Task_Score\"", "sourceRef=\"Task_Scoring\"");
        long before = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CaseFileReviewProcess.KEY).count();
        var deployment = engine.getRepositoryService().createDeployment().addString("case-file-review.bpmn", model);
        for (String form : List.of("sup-review-score", "sup-review-rectify", "sup-review-check")) {
            deployment.addString(form + ".form", java.nio.file.Files.readString(java.nio.file.Path.of("forms",
                    form + ".form")));
        }
        assertThatThrownBy(() -> cases.as("admin", deployment::deploy)).hasStackTraceContaining("Task_Score")
                .hasStackTraceContaining("缺少服务器规则所依附的步骤");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CaseFileReviewProcess.KEY).count()).isEqualTo(before);
    }

    @Test
    void theSameSeedDrawsTheSameCasesAndAShareTakesAtLeastOne() {
        List<CaseSummaries.ClosedCase> closed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            closed.add(new CaseSummaries.ClosedCase("ZF-" + i, i % 2 == 0 ? "A" : "B", "officer-initiated-case", null));
        }
        List<String> once = CaseFileReviews.sample("seed-1", closed, 3, null).stream().map(d -> d[0]).toList();
        List<CaseSummaries.ClosedCase> reversed = new ArrayList<>(closed);
        java.util.Collections.reverse(reversed);
        List<String> again = CaseFileReviews.sample("seed-1", reversed, 3, null).stream().map(d -> d[0])
                .toList();
        assertThat(once).hasSize(6).containsExactlyInAnyOrderElementsOf(again);
        assertThat(CaseFileReviews.sample("seed-2", closed, 3, null).stream().map(d -> d[0]).toList())
                .isNotEqualTo(once);
        assertThat(CaseFileReviews.sample("seed-1", closed, null, 0.01)).hasSize(2);
        assertThat(CaseFileReviews.sample("seed-1", closed, null, 0.25)).hasSize(10);
    }

    private void closedWithoutViolation() {
        ProcessInstance instance = cases.filedAndInvestigating("inspection", "organisation");
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_INVESTIGATION, values("nextStep", "onSite"));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_ON_SITE_INSPECTION, values("inspectedAt",
                today().toString(), "inspectionPlace", "超市", "inspectionFindings", "未发现问题"));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_INVESTIGATION, values("nextStep", "close",
                "violationFinding", "notEstablished", "investigationSummary", "未发现违法行为"));
        cases.complete(instance, "zhangsan", OfficerInitiatedCaseProcess.TASK_CLOSE_WITHOUT_DECISION, values(
                "closeReason", "noViolation", "closeExplanation", "检查未发现违法行为"));
        cases.archive(instance);
        assertThat(instance).isEnded();
    }

    private Map<String, Object> fullMarks() {
        Map<String, Object> scores = new HashMap<>();
        reviews.sheet().items().forEach(i -> scores.put(i.field(), i.points()));
        return scores;
    }

    private void score(String user, Task task, Map<String, Object> scores) {
        cases.as(user, () -> {
            engine.getTaskService().claim(task.getId(), user);
            engine.getTaskService().complete(task.getId(), Variables.fromMap(scores));
            return null;
        });
    }

    private List<Task> tasks(ProcessInstance round, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey(key)
                .orderByTaskId().asc().list();
    }
}
