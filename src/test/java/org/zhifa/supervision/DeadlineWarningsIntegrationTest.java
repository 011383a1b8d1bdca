package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.zhifa.testing.Http;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.Tasklist;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Deadlines with warnings (issue 16, point 1) over HTTP, on H2 and MariaDB: a filed penalty case's 90-day clock is
 * green, yellow once four fifths of it have passed, red the day after its last day — in the list, filtered by light,
 * and in the CSV; bad filters are refused naming the parameter; handlers see none of it.
 */
@ZhifaIntegrationTest
class DeadlineWarningsIntegrationTest {

    private static final String DEADLINES = "/api/supervision/deadlines";

    @Autowired
    Http http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPenaltyCaseTurnsYellowAtFourFifthsOfItsNinetyDaysAndRedTheDayAfterItsLastDay() {
        PenaltyCases cases = new PenaltyCases(http);
        PenaltyCases.Case c = cases.reported("person");
        cases.ok("sunqi", c, Http.variables("filingDecision", "approve", "filingOpinion", "同意立案"));

        JsonNode clock = mine(http.get("fengyi", DEADLINES + "?kind=penalty_decision").getBody(), c.businessKey());
        assertThat(clock.get("light").asText()).isEqualTo("GREEN");
        assertThat(clock.get("label").asText()).isEqualTo("行政处罚决定");
        assertThat(clock.get("agencyCode").asText()).isEqualTo("KMSJ");
        LocalDate filed = LocalDate.parse(clock.get("startedOn").asText());
        LocalDate last = LocalDate.parse(clock.get("lastDay").asText());
        assertThat(last).isEqualTo(filed.plusDays(90));

        at(last.minusDays(10));
        clock = mine(http.get("fengyi", DEADLINES).getBody(), c.businessKey());
        assertThat(clock.get("light").asText()).as("80 of 90 days passed").isEqualTo("YELLOW");
        assertThat(clock.get("sharePassed").asDouble()).isGreaterThanOrEqualTo(0.8);

        at(last.plusDays(1));
        clock = mine(http.get("sunqi", DEADLINES + "?light=red").getBody(),
                c.businessKey());
        assertThat(clock.get("lightLabel").asText()).isEqualTo("红灯：已超期");
        assertThat(clock.get("daysOverdue").asInt()).isEqualTo(1);
        assertThat(clock.get("workingDaysLeft").asInt()).isLessThanOrEqualTo(0);
        assertThat(http.get("fengyi", DEADLINES + "?light=green").getBody().toString())
                .doesNotContain(c.businessKey());
        String csv = http.getText("fengyi", DEADLINES + ".csv?agency=KMSJ").getBody();
        assertThat(csv).contains("\"红灯：已超期\",\"行政处罚决定\",\"" + c.businessKey() + "\"", "《行政处罚法》第六十条");

        assertThat(http.get("fengyi", DEADLINES + "?light=purple").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.get("fengyi", DEADLINES + "?light=purple").getBody().toString()).contains("light");
        assertThat(http.get("fengyi", DEADLINES + "?kind=NONE").getBody().toString()).contains("kind");
        assertThat(http.get("fengyi", DEADLINES + "?agency=a b").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.get("zhangsan", DEADLINES).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // a reviewer who is an officer of an agency sees that agency's clocks only, whatever agency is asked for
        mine(http.get("wangwu", DEADLINES).getBody(), c.businessKey());
        assertThat(http.get("wangwu", DEADLINES + "?agency=OTHER").getBody()).isEmpty();
        assertThat(http.get("wangwu", DEADLINES).getBody()).allSatisfy(d -> assertThat(d.get("agencyCode").asText())
                .isEqualTo("KMSJ"));
        // numbers are numbers in the CSV, a negative one too
        assertThat(csv).containsPattern(",-?\\d+,1,\"");
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    @Test
    void aCatalogueChangeAwaitingReviewAndAnUnansweredInformationRequestAreRunningClocks() {
        String key = "DL-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        new Tasklist(http).start("wujiu", "catalogue-change", null, Http.variables("agencyCode", "KMSJ",
                "catalogueSection", "random-inspection", "catalogueKey", key, "catalogueTitle", "药品零售企业检查",
                "catalogueContentText", "抽查对象：辖区内药品零售企业\n抽查内容：药品购销记录\n抽查方式：现场检查\n"
                        + "抽查依据：《中华人民共和国药品管理法》第九十九条", "catalogueNote", "新增抽查事项"));
        JsonNode change = clock(http.get("fengyi", DEADLINES + "?kind=catalogue_change").getBody(),
                "KMSJ/random-inspection/" + key, "CATALOGUE_CHANGE");
        assertThat(change.get("label").asText()).isEqualTo("事前公开信息变更");
        assertThat(change.get("handler").asText()).isEqualTo("wujiu");
        assertThat(change.get("law").asText()).contains("20 个工作日");

        JsonNode receipt = http.post(null, "/api/public/information-requests", java.util.Map.of("agencyCode", "KMSJ",
                "requester", "申请人", "idDocument", "身份证", "contact", "13800000000", "description",
                "申请公开 2025 年处罚决定", "delivery", "electronic")).getBody();
        JsonNode request = clock(http.get("fengyi", DEADLINES + "?kind=information_request").getBody(),
                "信息公开申请 " + receipt.get("reference").asText(), "INFORMATION_REQUEST");
        assertThat(request.get("light").asText()).isEqualTo("GREEN");
        assertThat(LocalDate.parse(request.get("lastDay").asText())).isAfter(LocalDate.parse(request.get("startedOn")
                .asText()));
        assertThat(http.getText("fengyi", DEADLINES + ".csv?kind=information_request").getBody())
                .contains("信息公开申请答复");
    }

    private static JsonNode mine(JsonNode deadlines, String businessKey) {
        return clock(deadlines, businessKey, "PENALTY_DECISION");
    }

    private static JsonNode clock(JsonNode deadlines, String businessKey, String kind) {
        for (JsonNode d : deadlines) {
            if (d.get("businessKey").asText().equals(businessKey) && d.get("kind").asText().equals(kind)) {
                return d;
            }
        }
        throw new AssertionError("no " + kind + " clock of " + businessKey + " in " + deadlines);
    }
}
