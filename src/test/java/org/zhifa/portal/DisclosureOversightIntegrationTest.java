package org.zhifa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.disclosure.Publications;
import org.zhifa.testing.Http;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/** PM20.5 made visible: a decision whose disclosure deadline passed unpublished is listed for supervisors. */
@ZhifaIntegrationTest
class DisclosureOversightIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    CaseDecisions decisions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Publications publications;

    @Test
    void anUnpublishedDecisionPastItsDeadlineIsListedWithItsHistory() {
        String bk = "OVERDUE-" + UUID.randomUUID();
        String number = "昆市监罚〔2026〕" + (900000 + Math.abs(bk.hashCode() % 90000)) + "号";
        LocalDate decided = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(40);
        transactions.executeWithoutResult(status -> decisions.issued(new CaseDecisions.Decision(bk, null, "penalty", "penalty",
                "KMSJ", "昆明市市场监督管理局", number, decided, "涉嫌无证经营", "organisation", "昆明某某商贸有限公司", "刘强",
                List.of("warning"), BigDecimal.ZERO, "无证经营", "《无证无照经营查处办法》第十三条", null, null, null, null,
                null)));

        assertThat(http.get("zhangsan", "/api/disclosure/overdue").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode overdue = http.get("fengyi", "/api/disclosure/overdue").getBody();
        JsonNode listed = null;
        for (JsonNode item : overdue) {
            if (number.equals(item.get("decisionNumber").asText())) {
                listed = item;
            }
        }
        assertThat(listed).as("listed as overdue: " + overdue).isNotNull();
        assertThat(listed.get("state").asText()).isEqualTo("open");
        assertThat(listed.get("overdue").asBoolean()).isTrue();

        long id = publications.ofCase(bk).get(0).id();
        JsonNode history = http.get("fengyi", "/api/disclosure/publications/" + id + "/history").getBody();
        assertThat(history.get(0).get("action").asText()).isEqualTo("draft");
        assertThat(history.get(0).get("partyShown").asText()).isEqualTo("昆明某某商贸有限公司");
    }
}
