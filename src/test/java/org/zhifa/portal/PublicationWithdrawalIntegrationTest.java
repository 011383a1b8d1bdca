package org.zhifa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.disclosure.Publications;
import org.zhifa.evidence.CaseDocuments;
import org.zhifa.testing.Http;
import org.zhifa.testing.Tasklist;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * PM11 after publication and PM20: a published result withdrawn on a ground leaves the portal and the open API, the
 * step is in the case's hash-chained record and in the publication's history; a change published after its
 * deadline (PM16) shows in the supervisors' list.
 */
@ZhifaIntegrationTest
class PublicationWithdrawalIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    CaseDecisions decisions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CaseDocuments documents;
    @Autowired
    Publications publications;

    @Test
    void aWithdrawnResultLeavesThePortalWithItsGroundRecorded() {
        PortalFixtures fixtures = new PortalFixtures(http, decisions, transactions, documents);
        PortalFixtures.Decided decided = fixtures.publish(fixtures.decide("白骨", "530102198801011235"));
        long id = publications.ofCase(decided.businessKey()).get(0).id();
        String path = "/api/disclosure/publications/" + id + "/withdrawal";

        assertThat(http.post("zhangsan", path, Map.of("ground", "PM11.4", "reason", "x")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> noGround = http.post("wujiu", path, Map.of("reason", "系列案件尚在调查"));
        assertThat(noGround.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noGround.getBody().get("detail").asText()).contains("ground", "PM11.4");
        assertThat(http.post("wujiu", path, Map.of("ground", "PM11.4")).getBody().get("detail").asText())
                .contains("reason");
        assertThat(http.get(null, "/api/public/results/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(http.post(null, "/api/public/results/" + id + "/corrections", Map.of("requester", "白某",
                "contact", "13800005555", "description", "罚款金额有误")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> withdrawn = http.post("wujiu", path, Map.of("ground", "PM11.4", "reason",
                "公安机关来函：系列案件尚在侦查，公开可能影响调查"));
        assertThat(withdrawn.getStatusCode()).as(String.valueOf(withdrawn.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(http.get(null, "/api/public/results/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getText(null, "/portal/results/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getText(null, "/api/public/results.csv").getBody()).doesNotContain(decided.number());
        assertThat(http.post("wujiu", path, Map.of("ground", "PM11.4", "reason", "再次")).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        String correction = http.get("admin", "/engine-rest/process-instance?businessKey={bk}"
                + "&processDefinitionKey=correction-request", decided.businessKey()).getBody().get(0).get("id").asText();
        ResponseEntity<JsonNode> corrected = new Tasklist(http).claimAndSubmit("wujiu", correction, Http.variables(
                "correctionDecision", "correct", "correctionReply", "已更正"));
        assertThat(corrected.getStatusCode()).as("a withdrawn result is not published again by a correction")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(corrected.getBody().toString()).contains("已依第十一条撤回公示");
        assertThat(http.get(null, "/api/public/results/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(publications.versions(id)).extracting(Publications.Version::action).containsSubsequence("publish",
                "withdraw");
        assertThat(http.get("fengyi", "/api/cases/{bk}/record", decided.businessKey()).getBody().toString())
                .contains("Withdraw_Publication", "PM11.4", "系列案件尚在侦查");
        assertThat(http.get("fengyi", "/api/cases/{bk}/record/verify", decided.businessKey()).getBody().get("valid")
                .asBoolean()).isTrue();
    }

    @Test
    void aChangePublishedAfterItsDeadlineIsInTheSupervisorsList() {
        PortalFixtures fixtures = new PortalFixtures(http, decisions, transactions, documents);
        PortalFixtures.Decided decided = fixtures.publish(fixtures.decide("红孩", "530102198801011235",
                LocalDate.now().minusMonths(3)));
        long id = publications.ofCase(decided.businessKey()).get(0).id();
        ResponseEntity<JsonNode> change = http.post("wujiu", "/api/disclosure/publications/" + id + "/changes", Map.of(
                "kind", "revoked", "changedBy", "昆明市人民政府", "documentNumber", "昆政复决〔2026〕9号", "changeDate",
                LocalDate.now().minusMonths(2).toString(), "content", "撤销原处罚决定"));
        assertThat(change.getStatusCode()).as(String.valueOf(change.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(change.getBody().get("late").asBoolean()).isTrue();
        JsonNode attention = http.get("fengyi", "/api/disclosure/overdue").getBody();
        JsonNode mine = null;
        for (JsonNode a : attention) {
            if (a.get("id").asLong() == id) {
                mine = a;
            }
        }
        assertThat(mine).as("the publication is in the list").isNotNull();
        assertThat(mine.get("changesLate").asBoolean()).isTrue();
        assertThat(mine.get("state").asText()).isEqualTo("published");
    }
}
