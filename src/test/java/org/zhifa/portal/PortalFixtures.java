package org.zhifa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.evidence.CaseDocuments;
import org.zhifa.testing.Http;
import org.zhifa.testing.Tasklist;

import com.fasterxml.jackson.databind.JsonNode;

/** Decisions made and published the way the product does it: the event, then the officer's review in Tasklist. */
final class PortalFixtures {

    /** What a published decision looks like to the tests. */
    record Decided(String businessKey, String number, String partyName) {
    }

    private final Http http;
    private final CaseDecisions decisions;
    private final TransactionTemplate transactions;
    private final CaseDocuments documents;

    PortalFixtures(Http http, CaseDecisions decisions, TransactionTemplate transactions,
            CaseDocuments documents) {
        this.http = http;
        this.decisions = decisions;
        this.transactions = transactions;
        this.documents = documents;
    }

    /** A penalty decision against a person, with its decision document. */
    Decided decide(String partyName, String idNumber) {
        return decide(partyName, idNumber, LocalDate.now());
    }

    /** A penalty decision against a person made on the day. */
    Decided decide(String partyName, String idNumber, LocalDate day) {
        String bk = "PORTAL-" + UUID.randomUUID();
        String number = "昆市监罚〔2026〕" + (100000 + Math.abs(bk.hashCode() % 800000)) + "号";
        String html = "<html><body><h1>行政处罚决定书</h1><p>" + number + "</p><p>当事人：" + partyName + "，身份证号码："
                + idNumber + "，联系电话：13912345678。</p><p>经查，当事人销售超过保质期的食品。</p>"
                + "<p>决定：警告，并处罚款人民币3000元。</p></body></html>";
        transactions.executeWithoutResult(status -> {
            var document = documents.store(bk, "行政处罚决定书", "decision.html", "text/html",
                    html.getBytes(StandardCharsets.UTF_8), "sunqi");
            decisions.issued(new CaseDecisions.Decision(bk, null, "penalty", "penalty", "KMSJ", "昆明市市场监督管理局", number,
                    day, "涉嫌销售超过保质期的食品", "person", partyName, null, List.of("warning", "fine"),
                    new BigDecimal("3000"), "经查，当事人销售超过保质期的食品。", "《中华人民共和国食品安全法》第一百二十四条",
                    null, document.sha256(), idNumber, "昆明市盘龙区某路8号", "13912345678"));
        });
        return new Decided(bk, number, partyName);
    }

    /** The disclosure officer publishes the decision's full text through Tasklist. */
    Decided publish(Decided decided) {
        var submitted = new Tasklist(http).claimAndSubmit("wujiu", disclosure(decided.businessKey()),
                Http.variables("disclosureChoice", "publish", "publicationForm", "full"));
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        return decided;
    }

    String disclosure(String businessKey) {
        var found = http.get("admin", "/engine-rest/history/process-instance?processInstanceBusinessKey={bk}"
                + "&processDefinitionKey=result-disclosure", businessKey);
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode list = found.getBody();
        assertThat(list).hasSize(1);
        return list.get(0).get("id").asText();
    }
}
