package org.zhifa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.evidence.CaseDocuments;
import org.zhifa.statistics.AnnualStatistics;
import org.zhifa.statistics.process.AnnualStatisticsProcess;
import org.zhifa.testing.Chromium;
import org.zhifa.testing.Http;
import org.zhifa.testing.Inspections;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * PM8.5, PM8.6, PM18: last year's figures of an agency — penalties once per decision under the most severe kind with
 * the fines, licences, inspections from the record, reconsideration and litigation outcomes — are computed by
 * {@code bpmn/annual-statistics.bpmn}, reviewed (recomputed when late entries arrive) and published on the portal and
 * the open API; the January timer is in place; a missed 31 January is flagged.
 */
@ZhifaIntegrationTest
class AnnualStatisticsIntegrationTest {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;

    @Autowired
    Http http;
    @Autowired
    CaseDecisions decisions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CaseDocuments documents;
    @Autowired
    Directory directory;
    @Autowired
    AnnualStatistics statistics;
    @Autowired
    ProcessEngine engine;

    @Test
    void lastYearsFiguresAreCountedReviewedRecomputedAndPublished() throws Exception {
        String agency = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        transactions.executeWithoutResult(s -> directory.saveAgency(new Agency(agency, "测试市市场监督管理局", "测市监")));
        String fined = decide(agency, "penalty", "penalty", List.of("warning", "fine"), "5000", LocalDate.of(YEAR, 3, 2));
        decide(agency, "penalty", "penalty", List.of("fine", "revokeLicence", "confiscateGains"), "20000",
                LocalDate.of(YEAR, 6, 30));
        decide(agency, "penalty", "penalty", List.of("warning"), null, LocalDate.of(YEAR, 12, 31));
        decide(agency, "penalty", "noPenalty", List.of("noPenalty"), null, LocalDate.of(YEAR, 1, 1));
        decide(agency, "licence", "grant", List.of(), null, LocalDate.of(YEAR, 5, 5));
        decide(agency, "licence", "refuse", List.of(), null, LocalDate.of(YEAR, 5, 6));
        decide(agency, "penalty", "penalty", List.of("closeBusiness"), null, LocalDate.of(YEAR - 1, 12, 31));
        ResponseEntity<JsonNode> upheld = http.post("wujiu", "/api/disclosure/review-outcomes", Map.of("decisionNumber",
                fined, "channel", "reconsideration", "outcome", "upheld", "body", "测试市人民政府", "documentNumber",
                "测政复决〔" + YEAR + "〕1号", "outcomeDate", YEAR + "-09-01"));
        assertThat(upheld.getStatusCode()).as(String.valueOf(upheld.getBody())).isEqualTo(HttpStatus.CREATED);
        // the same outcome document again (a second click; full-width digits and spaces) counts once
        ResponseEntity<JsonNode> again = http.post("wujiu", "/api/disclosure/review-outcomes", Map.of("decisionNumber",
                fined, "channel", "reconsideration", "outcome", "upheld", "body", "测试市人民政府", "documentNumber",
                "测政复决 〔" + fullWidth(String.valueOf(YEAR)) + "〕１号", "outcomeDate", YEAR + "-09-01"));
        assertThat(again.getStatusCode()).as(String.valueOf(again.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail").asText()).contains("已登记", "不能重复登记");
        ResponseEntity<JsonNode> bad = http.post("wujiu", "/api/disclosure/review-outcomes", Map.of("decisionNumber",
                fined, "channel", "appeal", "outcome", "upheld"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().get("detail").asText()).contains("channel", "reconsideration");
        assertThat(http.post("wujiu", "/api/disclosure/review-outcomes", Map.of("decisionNumber", "没有这个文号",
                "channel", "litigation", "outcome", "upheld", "body", "法院", "documentNumber", "x", "outcomeDate",
                YEAR + "-09-01")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(http.post("wujiu", "/api/disclosure/statistics/" + (YEAR + 1) + "/run", null).getStatusCode())
                .as("only a finished year").isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> run = http.post("wujiu", "/api/disclosure/statistics/" + YEAR + "/run", null);
        assertThat(run.getStatusCode()).as(String.valueOf(run.getBody())).isEqualTo(HttpStatus.ACCEPTED);
        String instance = run.getBody().get("processInstanceId").asText();
        assertThat(http.post("wujiu", "/api/disclosure/statistics/" + YEAR + "/run", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        Task review = review(instance, agency);
        assertThat((String) engine.getTaskService().getVariable(review.getId(), "statisticsText"))
                .contains("行政处罚决定 3 件", "吊销许可证件 1", "罚款 1", "警告 1", "共 25000.00 元", "准予 1 件",
                        "不予许可 1 件", "行政复议：1 件（维持 1）");
        assertThat(http.get(null, "/api/public/statistics/" + agency + "/" + YEAR).getStatusCode())
                .as("nothing is public before review").isEqualTo(HttpStatus.NOT_FOUND);

        // a litigation outcome registered late: the officer recomputes before publishing
        http.post("wujiu", "/api/disclosure/review-outcomes", Map.of("decisionNumber", fined, "channel", "litigation",
                "outcome", "revoked", "body", "测试市中级人民法院", "documentNumber", "（" + YEAR + "）测行终1号",
                "outcomeDate", YEAR + "-12-20", "content", "撤销原处罚决定"));
        assertThat(submit(review, "recompute").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        review = review(instance, agency);
        assertThat((String) engine.getTaskService().getVariable(review.getId(), "statisticsText"))
                .contains("行政诉讼：1 件（撤销 1）");
        assertThat(submit(review, "publish").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode published = http.get(null, "/api/public/statistics/" + agency + "/" + YEAR).getBody();
        JsonNode figures = published.get("figures");
        assertThat(figures.get("penaltyDecisions").asLong()).isEqualTo(3);
        assertThat(figures.get("noPenaltyDecisions").asLong()).isEqualTo(1);
        assertThat(figures.get("fineDecisions").asLong()).isEqualTo(2);
        assertThat(figures.get("fineAmount").decimalValue()).isEqualByComparingTo("25000");
        assertThat(count(figures.get("penaltiesByKind"), "revokeLicence")).isEqualTo(1);
        assertThat(count(figures.get("penaltiesByKind"), "fine")).isEqualTo(1);
        assertThat(count(figures.get("penaltiesByKind"), "warning")).isEqualTo(1);
        assertThat(count(figures.get("penaltiesByKind"), "closeBusiness")).as("the year before is not counted")
                .isZero();
        assertThat(figures.get("licencesGranted").asLong()).isEqualTo(1);
        assertThat(figures.get("licencesRefused").asLong()).isEqualTo(1);
        assertThat(figures.get("licencesRevoked").asLong()).isEqualTo(1);
        assertThat(count(figures.get("litigation"), "revoked")).isEqualTo(1);
        assertThat(statistics.computations(agency, YEAR)).hasSize(2);

        assertThat(http.get(null, "/api/public/statistics").getBody().findValuesAsText("agencyCode")).contains(agency);
        String page = http.getText(null, "/portal/statistics/" + agency + "/" + YEAR).getBody();
        assertThat(page).contains("测试市市场监督管理局 " + YEAR + " 年度行政执法数据", "吊销许可证件", "25000.00",
                "echarts.min.js", "行政诉讼");
        assertThat(http.getText(null, "/portal/statistics").getBody()).contains("/portal/statistics/" + agency + "/" + YEAR);
        assertThat(http.getText(null, "/portal/statistics/" + agency + "/" + (YEAR - 1)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        String drawn = Chromium.run("--virtual-time-budget=15000", "--dump-dom", "http://localhost:" + http.port()
                + "/portal/statistics/" + agency + "/" + YEAR);
        assertThat(drawn).as("ECharts drew the penalties in Chromium").contains("data-rendered=\"true\"", "<svg")
                .doesNotContain("图表无法显示");
        Path shot = Path.of("target", "portal-screenshots", "statistics-" + agency + ".png");
        Files.createDirectories(shot.getParent());
        Chromium.run("--virtual-time-budget=15000", "--screenshot=" + shot.toAbsolutePath(), "http://localhost:"
                + http.port() + "/portal/statistics/" + agency + "/" + YEAR);
        assertThat(Files.size(shot)).isGreaterThan(20_000);
    }

    @Test
    void inspectionsAreCountedFromTheRecordUnderTheAgencyOfTheOfficerWhoCarriedThemOut() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        long before = statistics.figures("KMSJ", year).inspections();
        long lastYear = statistics.figures("KMSJ", year - 1).inspections();
        Inspections inspections = new Inspections(http);
        String instance = inspections.plan(null).get("id").asText();
        assertThat(inspections.tasklist().claimAndSubmit("zhangsan", instance, Inspections.onSite(false))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(statistics.figures("KMSJ", year).inspections()).isEqualTo(before + 1);
        assertThat(statistics.figures("KMSJ", year - 1).inspections()).as("counted in the year the step ended")
                .isEqualTo(lastYear);
    }

    @Test
    void theTimerStartsEveryJanuaryAndAMissed31JanuaryIsFlagged() {
        Job january = engine.getManagementService().createJobQuery().processDefinitionKey(AnnualStatisticsProcess.KEY)
                .timers().list().stream().filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow();
        Calendar due = Calendar.getInstance();
        due.setTime(january.getDuedate());
        assertThat(due.get(Calendar.MONTH)).isEqualTo(Calendar.JANUARY);
        assertThat(due.get(Calendar.DAY_OF_MONTH)).isEqualTo(2);
        long caseNumbers = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike("ZF-%").count();
        engine.getManagementService().executeJob(january.getId());
        var started = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(AnnualStatisticsProcess.KEY).orderByProcessInstanceStartTime().desc().list().get(0);
        assertThat(started.getBusinessKey()).as("last year, named without taking a case number")
                .isEqualTo("STAT-" + YEAR);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike("ZF-%")
                .count()).isEqualTo(caseNumbers);
        assertThat(http.get("fengyi", "/api/cases/{bk}/record", "STAT-" + YEAR).getBody().toString())
                .contains("StartEvent_January", AnnualStatisticsProcess.TASK_PREPARE_STATISTICS);
        engine.getRuntimeService().deleteProcessInstance(started.getId(), "test: the January run was only started");

        String agency = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        transactions.executeWithoutResult(s -> directory.saveAgency(new Agency(agency, "逾期县市场监督管理局", "逾县监")));
        int year = YEAR - 2;
        String instance = http.post("wujiu", "/api/disclosure/statistics/" + year + "/run", null).getBody()
                .get("processInstanceId").asText();
        Task review = review(instance, agency);
        assertThat(http.get("fengyi", "/api/disclosure/statistics/overdue").getBody().findValuesAsText("agencyCode"))
                .as("a first run after 31 January is overdue at once").contains(agency);
        Job deadline = engine.getManagementService().createJobQuery().processInstanceId(instance)
                .activityId(AnnualStatisticsProcess.TIMER_DEADLINE).list().stream()
                .filter(j -> j.getExecutionId() != null && engine.getRuntimeService().getVariable(j.getExecutionId(),
                        "agencyCode").equals(agency)).findFirst().orElseThrow();
        assertThat(deadline.getDuedate()).as("the late run's review still gets its 20 working days")
                .isAfter(new java.util.Date());
        engine.getManagementService().executeJob(deadline.getId());
        assertThat(http.get("fengyi", "/api/disclosure/statistics/overdue").getBody().findValuesAsText("agencyCode"))
                .as("flagged once").filteredOn(agency::equals).hasSize(1);
        assertThat(submit(review, "publish").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(statistics.published(agency, year).orElseThrow().late()).isTrue();

        // the other agencies' reviews are done too; a rerun after publication is neither overdue nor late again
        engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(AnnualStatisticsProcess.TASK_REVIEW)
                .list().forEach(t -> engine.getTaskService().complete(t.getId(), Map.of("statisticsDecision",
                        "publish")));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count())
                .isZero();
        long flagged = statistics.overdue().stream().filter(o -> o.agencyCode().equals(agency)).count();
        String rerun = http.post("wujiu", "/api/disclosure/statistics/" + year + "/run", null).getBody()
                .get("processInstanceId").asText();
        assertThat(submit(review(rerun, agency), "publish").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(statistics.computations(agency, year)).hasSize(2);
        assertThat(statistics.overdue().stream().filter(o -> o.agencyCode().equals(agency)).count())
                .isEqualTo(flagged);
    }

    private Task review(String instance, String agency) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(AnnualStatisticsProcess.TASK_REVIEW).list().stream()
                .filter(t -> agency.equals(engine.getTaskService().getVariable(t.getId(), "agencyCode"))).findFirst()
                .orElseThrow(() -> new AssertionError("no review of " + agency));
    }

    private ResponseEntity<JsonNode> submit(Task task, String decision) {
        http.post("wujiu", "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "wujiu"));
        return http.post("wujiu", "/engine-rest/task/" + task.getId() + "/submit-form",
                Map.of("variables", Http.variables("statisticsDecision", decision)));
    }

    private static long count(JsonNode counts, String kind) {
        for (JsonNode count : counts) {
            if (count.get("kind").asText().equals(kind)) {
                return count.get("count").asLong();
            }
        }
        throw new AssertionError("no count of " + kind);
    }

    /** A decision of the agency on the day, with its document, as the deciding step makes it. */
    private String decide(String agency, String caseKind, String outcome, List<String> penalties, String fine,
            LocalDate day) {
        String bk = "STATS-" + UUID.randomUUID();
        String number = "测市监决〔" + day.getYear() + "〕" + Math.abs(bk.hashCode() % 900000) + "号";
        transactions.executeWithoutResult(status -> {
            var document = documents.store(bk, "决定书", "decision.html", "text/html",
                    ("<html><body><p>" + number + "</p><p>决定。</p></body></html>").getBytes(StandardCharsets.UTF_8),
                    "sunqi");
            decisions.issued(new CaseDecisions.Decision(bk, null, caseKind, outcome, agency, "测试市市场监督管理局", number, day,
                    "测试", "organisation", "测试商贸有限公司", "王法人", penalties, fine == null ? null : new BigDecimal(fine),
                    "经查。", "《中华人民共和国食品安全法》", null, document.sha256(), "91530100MA6K0000XX", null, null));
        });
        return number;
    }

    private static String fullWidth(String digits) {
        StringBuilder wide = new StringBuilder();
        digits.chars().forEach(c -> wide.append((char) (c - '0' + '０')));
        return wide.toString();
    }
}
