package org.zhifa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.disclosure.Publications;
import org.zhifa.testing.Http;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The open API (PM13) shows published results only: a draft awaiting review and a withheld result (a minor's,
 * PM11.1) are not reachable by any id or search; bad parameters get a clear 400; pages stay bounded.
 */
@ZhifaIntegrationTest
class PublicResultsIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    CaseDecisions decisions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Publications publications;

    @Test
    void draftsAndWithheldResultsAreNotReachable() {
        String minorCase = decide("赵小明", "530102201005011239");
        String draftCase = decide("钱多多", "530102198001011237");

        for (String bk : List.of(minorCase, draftCase)) {
            Publications.Publication publication = publications.ofCase(bk).get(0);
            ResponseEntity<JsonNode> one = http.get(null, "/api/public/results/" + publication.id());
            assertThat(one.getStatusCode()).as(bk).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(one.getBody().get("detail").asText()).contains(String.valueOf(publication.id()));
            assertThat(http.get(null, "/api/public/results?q={q}", publication.decisionNumber()).getBody()
                    .get("total").asLong()).isZero();
        }
        assertThat(publications.versions(publications.ofCase(minorCase).get(0).id()))
                .extracting(Publications.Version::ground).contains("PM11.1");
        assertThat(http.get(null, "/api/public/results?q={q}", "钱").getBody().toString()).doesNotContain("钱多多");
    }

    @Test
    void badParametersAreNamedAndPagesAreBounded() {
        ResponseEntity<JsonNode> badDate = http.get(null, "/api/public/results?from=2026-13-45");
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDate.getBody().get("detail").asText()).contains("from", "2026-13-45", "yyyy-MM-dd");
        assertThat(http.get(null, "/api/public/results?page=abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<JsonNode> tooLarge = http.get(null, "/api/public/results?size=100000");
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLarge.getBody().get("detail").asText()).contains("size", "100");
        assertThat(http.get(null, "/api/public/results?size=100").getBody().get("size").asInt()).isEqualTo(100);
        JsonNode wildcard = http.get(null, "/api/public/results?q={q}", "%").getBody();
        assertThat(wildcard.get("total").asLong()).as("% is a character, not a wildcard").isZero();
    }

    private String decide(String name, String idNumber) {
        String bk = "PUB-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> decisions.issued(new CaseDecisions.Decision(bk, null, "penalty",
                "penalty", "KMSJ", "昆明市市场监督管理局", "昆市监罚〔2026〕" + Math.abs(bk.hashCode() % 1_000_000) + "号",
                LocalDate.now(), "涉嫌销售过期食品", "person", name, null, List.of("warning"), BigDecimal.ZERO,
                name + "销售过期食品", "《食品安全法》第一百二十四条", null, null, idNumber, "昆明市某路1号", "13800000000")));
        return bk;
    }
}
