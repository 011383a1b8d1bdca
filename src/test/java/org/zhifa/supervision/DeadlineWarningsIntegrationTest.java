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

    private static JsonNode mine(JsonNode deadlines, String businessKey) {
        for (JsonNode d : deadlines) {
            if (d.get("businessKey").asText().equals(businessKey) && d.get("kind").asText().equals("PENALTY_DECISION")) {
                return d;
            }
        }
        throw new AssertionError("no clock of " + businessKey + " in " + deadlines);
    }
}
