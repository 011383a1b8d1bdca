package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhifa.testing.Http;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Per-agency figures (issue 16, point 4) over HTTP, on H2 and MariaDB: a penalty decision with a legal review, made
 * through the API, adds one decision, its fine and one legal review to the agency's figures of the period, in JSON,
 * CSV and on the page; a bad date is refused naming the parameter; a handler sees none of it and a head only the
 * agency's own.
 */
@ZhifaIntegrationTest
class FiguresIntegrationTest {

    private static final String FIGURES = "/api/supervision/figures";

    @Autowired
    Http http;

    @Test
    void aDecisionWithItsLegalReviewCountsInItsAgencysFiguresOfThePeriod() throws Exception {
        PenaltyCases cases = new PenaltyCases(http);
        String period = "?from=" + cases.today() + "&to=" + cases.today();
        JsonNode before = kmsj(period);

        PenaltyCases.Case c = cases.reviewedByUnit("person", 20000);
        cases.ok("zhaoliu", c, PenaltyCases.legalApproval());
        cases.ok("sunqi", c, Http.variables("leaderDecision", "approve", "leaderOpinion", "批准"));

        // the decision's facts are kept once it has committed, by an event
        JsonNode after = kmsj(period);
        for (int i = 0; i < 100 && after.get("penaltyDecisions").asLong() == before.get("penaltyDecisions").asLong();
                i++) {
            Thread.sleep(100);
            after = kmsj(period);
        }
        assertThat(after.get("penaltyDecisions").asLong()).isEqualTo(before.get("penaltyDecisions").asLong() + 1);
        assertThat(after.get("legalReviews").asLong()).isEqualTo(before.get("legalReviews").asLong() + 1);
        assertThat(new BigDecimal(after.get("fineAmount").asText()).subtract(new BigDecimal(before.get("fineAmount")
                .asText()))).isEqualByComparingTo("20000");
        assertThat(after.get("averageFine").isNull()).isFalse();
        assertThat(after.get("legalReviewShare").asDouble()).isPositive();
        assertThat(after.get("disclosure").get("decisions").asLong()).isGreaterThanOrEqualTo(1);
        // its publication is a running clock in the deadlines list, with the PM14 period
        JsonNode publication = null;
        for (JsonNode d : http.get("fengyi", "/api/supervision/deadlines?kind=disclosure").getBody()) {
            if (d.get("businessKey").asText().equals(c.businessKey())) {
                publication = d;
            }
        }
        assertThat(publication).as("the decision's publication clock").isNotNull();
        assertThat(publication.get("label").asText()).isEqualTo("执法决定公示");
        assertThat(publication.get("light").asText()).isEqualTo("GREEN");


        String csv = http.getText("fengyi", FIGURES + ".csv" + period).getBody();
        assertThat(csv).startsWith("\uFEFF").contains("\"执法机关\"", "法制审核覆盖率", "昆明市市场监督管理局");
        String page = http.getText("fengyi", "/supervision/figures" + period).getBody();
        assertThat(page).contains("各机关执法数据", "<table", "昆明市市场监督管理局", "法制审核覆盖率");

        ResponseEntity<JsonNode> bad = http.get("fengyi", FIGURES + "?from=2026-02-30");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().toString()).contains("from");
        assertThat(http.getText("fengyi", "/supervision/figures?to=x").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.get("fengyi", FIGURES + "?from=2026-12-31&to=2026-01-01").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.get("zhangsan", FIGURES).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get("sunqi", FIGURES + period).getBody()).hasSize(1)
                .allSatisfy(f -> assertThat(f.get("agencyCode").asText()).isEqualTo("KMSJ"));
        assertThat(http.get("sunqi", FIGURES + period + "&agency=OTHER").getBody()).isEmpty();
    }

    private JsonNode kmsj(String period) {
        ResponseEntity<JsonNode> figures = http.get("fengyi", FIGURES + period + "&agency=KMSJ");
        assertThat(figures.getStatusCode()).as(String.valueOf(figures.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(figures.getBody()).hasSize(1);
        return figures.getBody().get(0);
    }
}
