package org.zhifa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.disclosure.Publications;
import org.zhifa.evidence.CaseDocuments;
import org.zhifa.testing.Http;
import org.zhifa.testing.ZhifaIntegrationTest;

/**
 * The public site (PM5, PM13): server-rendered Chinese pages to search and read published decisions, the CSV export
 * and the Atom feed — and nothing unpublished or unredacted behind any URL.
 */
@ZhifaIntegrationTest
class PortalIntegrationTest {

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
    void aPublishedDecisionIsFoundBySurnameAndReadRedacted() {
        PortalFixtures fixtures = new PortalFixtures(http, decisions, transactions, documents);
        PortalFixtures.Decided decided = fixtures.publish(fixtures.decide("孙悟空", "530102198801011235"));
        long id = publications.ofCase(decided.businessKey()).get(0).id();

        String list = page("/portal/results?q=孙某");
        assertThat(list).contains("<html lang=\"zh-CN\"", "执法决定公示", decided.number(), "孙某",
                "href=\"/portal/results/" + id + "\"").doesNotContain("孙悟空");
        String one = page("/portal/results/" + id);
        assertThat(one).contains(decided.number(), "孙某", "警告；罚款人民币3000元", "决定书全文", "〔身份证号码已隐去〕",
                "〔联系电话已隐去〕", "公示时间").doesNotContain("孙悟空", "530102198801011235", "13912345678");
    }

    @Test
    void nothingUnpublishedIsReachableAndBadInputIsExplained() {
        PortalFixtures fixtures = new PortalFixtures(http, decisions, transactions, documents);
        PortalFixtures.Decided draft = fixtures.decide("猪八戒", "530102198501011233");
        long id = publications.ofCase(draft.businessKey()).get(0).id();

        ResponseEntity<String> hidden = http.getText(null, "/portal/results/" + id);
        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hidden.getBody()).contains("未找到").doesNotContain("猪八戒", draft.number());
        assertThat(page("/portal/results?q=" + draft.number())).contains("共 <span>0</span> 项");
        assertThat(http.getText(null, "/portal/results/abc").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> badDate = http.getText(null, "/portal/results?from=2026-02-30");
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDate.getBody()).contains("起始日期“2026-02-30”不是日期", "执法决定公示");
    }

    @Test
    void theCsvOpensInSpreadsheetsAndTheFeedIsAtom() throws Exception {
        PortalFixtures fixtures = new PortalFixtures(http, decisions, transactions, documents);
        PortalFixtures.Decided decided = fixtures.publish(fixtures.decide("沙悟净", "530102198701011238"));

        ResponseEntity<byte[]> csv = http.download(null, "/api/public/results.csv?q=" + decided.number());
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF决定文号,案件名称,当事人");
        assertThat(text.lines().count()).isEqualTo(2);
        assertThat(text).contains("\"" + decided.number() + "\"", "\"沙某\"", "\"全文\"").doesNotContain("沙悟净");

        ResponseEntity<byte[]> atom = http.download(null, "/api/public/results.atom");
        assertThat(atom.getHeaders().getContentType().toString()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom.getBody()));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(new String(atom.getBody(), StandardCharsets.UTF_8)).contains(decided.number(), "沙某")
                .doesNotContain("沙悟净");
    }

    @Test
    void aRevocationIsPublishedNextToTheDecisionAndRecorded() {
        PortalFixtures fixtures = new PortalFixtures(http, decisions, transactions, documents);
        PortalFixtures.Decided decided = fixtures.publish(fixtures.decide("白骨精", "530102198501011233"));
        long id = publications.ofCase(decided.businessKey()).get(0).id();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        java.util.Map<String, Object> change = new java.util.LinkedHashMap<>(java.util.Map.of("kind", "revoked",
                "changedBy", "昆明市人民政府", "documentNumber", "昆政复决字〔2026〕12号", "changeDate", today,
                "content", "行政复议决定撤销原行政处罚决定"));

        assertThat(http.post("zhangsan", "/api/disclosure/publications/" + id + "/changes", change).getStatusCode())
                .as("only disclosure officers publish").isEqualTo(HttpStatus.FORBIDDEN);
        java.util.Map<String, Object> wrong = new java.util.LinkedHashMap<>(change);
        wrong.put("changeDate", java.time.LocalDate.parse(today).plusDays(3).toString());
        ResponseEntity<com.fasterxml.jackson.databind.JsonNode> future = http.post("wujiu",
                "/api/disclosure/publications/" + id + "/changes", wrong);
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getBody().get("detail").asText()).contains("changeDate", "晚于今天");
        wrong.put("changeDate", today);
        wrong.put("kind", "cancelled");
        assertThat(http.post("wujiu", "/api/disclosure/publications/" + id + "/changes", wrong).getBody().get("detail")
                .asText()).contains("kind");

        ResponseEntity<com.fasterxml.jackson.databind.JsonNode> registered = http.post("wujiu",
                "/api/disclosure/publications/" + id + "/changes", change);
        assertThat(registered.getStatusCode()).as(String.valueOf(registered.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(registered.getBody().get("late").asBoolean()).isFalse();
        ResponseEntity<com.fasterxml.jackson.databind.JsonNode> again = http.post("wujiu",
                "/api/disclosure/publications/" + id + "/changes", change);
        assertThat(again.getStatusCode()).as("the same change document is published once").isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail").asText()).contains("昆政复决字〔2026〕12号", "不能重复登记");
        java.util.Map<String, Object> fullWidth = new java.util.LinkedHashMap<>(change);
        fullWidth.put("documentNumber", "昆政复决字 〔２０２６〕１２号");
        assertThat(http.post("wujiu", "/api/disclosure/publications/" + id + "/changes", fullWidth).getStatusCode())
                .as("the same number written with full-width digits and a space").isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.get(null, "/api/public/results/" + id + "/changes").getBody()).hasSize(1);

        assertThat(http.get(null, "/api/public/results/" + id + "/changes").getBody().toString())
                .contains("昆政复决字〔2026〕12号", "revoked");
        assertThat(page("/portal/results/" + id)).contains("变更、撤销或者确认违法情况", "撤销", "昆明市人民政府",
                "行政复议决定撤销原行政处罚决定");
        assertThat(http.get("fengyi", "/api/cases/{bk}/record", decided.businessKey()).getBody().toString())
                .contains("PM16", "昆政复决字〔2026〕12号");
        assertThat(http.get("fengyi", "/api/cases/{bk}/record/verify", decided.businessKey()).getBody()
                .get("valid").asBoolean()).isTrue();

        PortalFixtures.Decided draft = fixtures.decide("红孩儿", "530102198701011238");
        long draftId = publications.ofCase(draft.businessKey()).get(0).id();
        assertThat(http.post("wujiu", "/api/disclosure/publications/" + draftId + "/changes", change).getStatusCode())
                .as("nothing to change before it is published").isEqualTo(HttpStatus.CONFLICT);
    }

    private String page(String path) {
        ResponseEntity<String> response = http.getText(null, path);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
