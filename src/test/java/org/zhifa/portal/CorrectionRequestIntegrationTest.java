package org.zhifa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.disclosure.Publications;
import org.zhifa.evidence.CaseDocuments;
import org.zhifa.requests.process.CorrectionRequestProcess;
import org.zhifa.testing.Http;
import org.zhifa.testing.Tasklist;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * PM17: a party asks to correct published information; a disclosure officer verifies it in Tasklist and corrects it
 * (a new version, the old one kept) or refuses with reasons and remedies; the party follows it with the code.
 */
@ZhifaIntegrationTest
class CorrectionRequestIntegrationTest {

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
    void aCorrectionIsVerifiedPublishedAsANewVersionAndAnsweredToTheParty() {
        PortalFixtures fixtures = new PortalFixtures(http, decisions, transactions, documents);
        PortalFixtures.Decided decided = fixtures.publish(fixtures.decide("牛魔王", "530102198801011235"));
        long id = publications.ofCase(decided.businessKey()).get(0).id();

        ResponseEntity<JsonNode> missing = http.post(null, "/api/public/results/" + id + "/corrections",
                Map.of("requester", "牛某", "contact", "13800001111"));
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().get("detail").asText()).contains("description");

        ResponseEntity<JsonNode> receipt = http.post(null, "/api/public/results/" + id + "/corrections", Map.of(
                "requester", "牛某", "contact", "13800001111", "description", "罚款金额应为 2000 元"));
        assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
        long reference = receipt.getBody().get("reference").asLong();
        String code = receipt.getBody().get("queryCode").asText();
        assertThat(http.get(null, "/api/public/corrections/" + reference + "?code=000000x").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get(null, "/api/public/corrections/" + reference + "?code=" + code).getBody()
                .get("outcome").isNull()).isTrue();

        String instance = instance(decided.businessKey());
        Tasklist tasklist = new Tasklist(http);
        ResponseEntity<JsonNode> noReply = tasklist.claimAndSubmit("wujiu", instance, Http.variables(
                "correctionDecision", "correct", "publishedDecision", "警告；罚款人民币2000元"));
        assertThat(noReply.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> corrected = tasklist.claimAndSubmit("wujiu", instance, Http.variables(
                "correctionDecision", "correct", "publishedDecision", "警告；罚款人民币2000元", "correctionReply",
                "经核实，罚款金额公示有误，已更正"));
        assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody())).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode result = http.get(null, "/api/public/results/" + id).getBody();
        assertThat(result.get("decision").asText()).isEqualTo("警告；罚款人民币2000元");
        assertThat(publications.versions(id)).filteredOn(v -> v.action().equals("publish")).hasSize(2);
        JsonNode status = http.get(null, "/api/public/corrections/" + reference + "?code=" + code).getBody();
        assertThat(status.get("outcome").asText()).isEqualTo("corrected");
        assertThat(status.get("reply").asText()).contains("已更正");
        assertThat(http.get("fengyi", "/api/cases/{bk}/record", decided.businessKey()).getBody().toString())
                .contains(CorrectionRequestProcess.TASK_VERIFY, "PM17");
    }

    @Test
    void aRefusalGivesReasonsAndOnlyPublishedResultsTakeRequests() {
        PortalFixtures fixtures = new PortalFixtures(http, decisions, transactions, documents);
        PortalFixtures.Decided decided = fixtures.publish(fixtures.decide("铁扇", "530102198701011238"));
        long id = publications.ofCase(decided.businessKey()).get(0).id();
        JsonNode receipt = http.post(null, "/api/public/results/" + id + "/corrections", Map.of("requester", "铁某",
                "contact", "tie@example.com", "description", "我没有违法")).getBody();

        Tasklist tasklist = new Tasklist(http);
        String instance = instance(decided.businessKey());
        assertThat(tasklist.claimAndSubmit("wujiu", instance, Http.variables("correctionDecision", "refuse"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tasklist.claimAndSubmit("wujiu", instance, Http.variables("correctionDecision", "refuse",
                "correctionReply", "公示信息与决定书一致，不予更正；如不服，可依法申请行政复议或者提起行政诉讼"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode status = http.get(null, "/api/public/corrections/" + receipt.get("reference").asLong() + "?code="
                + receipt.get("queryCode").asText()).getBody();
        assertThat(status.get("outcome").asText()).isEqualTo("refused");
        assertThat(publications.versions(id)).filteredOn(v -> v.action().equals("publish")).hasSize(1);

        PortalFixtures.Decided draft = fixtures.decide("黄袍", "530102198501011233");
        long draftId = publications.ofCase(draft.businessKey()).get(0).id();
        assertThat(http.post(null, "/api/public/results/" + draftId + "/corrections", Map.of("requester", "黄某",
                "contact", "x", "description", "y")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePortalFormTakesARequestAndKeepsWhatWasTypedWhenSomethingIsMissing() {
        PortalFixtures fixtures = new PortalFixtures(http, decisions, transactions, documents);
        PortalFixtures.Decided decided = fixtures.publish(fixtures.decide("金角", "530102198801011235"));
        long id = publications.ofCase(decided.businessKey()).get(0).id();

        assertThat(http.getText(null, "/portal/results/" + id).getBody()).contains("/portal/results/" + id
                + "/correction", "申请更正");
        String form = http.getText(null, "/portal/results/" + id + "/correction").getBody();
        assertThat(form).contains("申请更正公示信息", decided.number(), "<label for=\"description\">");

        ResponseEntity<String> missing = http.postForm("/portal/results/" + id + "/correction", Map.of(
                "requester", "金某", "contact", "13800002222"));
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody()).contains("缺少 description", "value=\"13800002222\"");

        ResponseEntity<String> sent = http.postForm("/portal/results/" + id + "/correction", Map.of("requester", "金某",
                "contact", "13800002222", "description", "处罚种类公示有误"));
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sent.getBody()).contains("申请已收到", "查询码", "/api/public/corrections/");
        assertThat(instance(decided.businessKey())).isNotBlank();
        assertThat(http.getText(null, "/portal/results/999999999/correction").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String instance(String businessKey) {
        JsonNode found = http.get("admin", "/engine-rest/process-instance?businessKey={bk}"
                + "&processDefinitionKey=correction-request", businessKey).getBody();
        assertThat(found).hasSize(1);
        return found.get(0).get("id").asText();
    }
}
