package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhifa.testing.Http;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Administrators change document templates by REST with the checks start-up applies; an agency's own template is
 * used for its next document, which names the version it was made from; nobody else may deploy.
 */
@ZhifaIntegrationTest
class DocumentTemplatesIntegrationTest {

    private static final String TEMPLATES = "/api/documents/templates";

    @Autowired
    Http http;
    @Autowired
    DocumentTemplates templates;

    @Test
    void onlyAdministratorsReadOrDeployTemplates() {
        assertThat(http.get("zhangsan", TEMPLATES).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get(null, TEMPLATES).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(deploy("zhangsan", null, "penalty-decision.html", "x").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode current = http.get("admin", TEMPLATES).getBody();
        assertThat(current.findValuesAsText("name")).contains("penalty-decision", "_common", "licence-grant");
    }

    @Test
    void aBadTemplateIsRefusedNamingFileAndLineAndNothingIsDeployed() {
        String content = latest("penalty-decision", "").content().replace("<h2>处理决定</h2>",
                "<h2>处理决定</h2>\n<p th:text=\"${partyBankAccount}\"></p>");
        int line = content.substring(0, content.indexOf("partyBankAccount")).split("\n", -1).length;
        int versions = templates.versions("penalty-decision", "").size();

        ResponseEntity<JsonNode> refused = deploy("admin", null, "penalty-decision.html", content);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").asText()).contains("penalty-decision.html", "第 " + line + " 行",
                "partyBankAccount");
        assertThat(templates.versions("penalty-decision", "")).hasSize(versions);
        ResponseEntity<JsonNode> unknown = deploy("admin", null, "penalty.html", "<html/>");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().get("detail").asText()).contains("penalty.html", "文书种类");
    }

    @Test
    void theSameTemplateAgainIsNoNewVersion() {
        DocumentTemplate current = latest("acceptance-notice", "");
        ResponseEntity<JsonNode> again = deploy("admin", null, "acceptance-notice.html", current.content());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).isEmpty();
        assertThat(latest("acceptance-notice", "").version()).isEqualTo(current.version());
    }

    @Test
    void anAgencysOwnTemplateMakesItsNextDocumentWhichNamesTheVersion() {
        PenaltyCases cases = new PenaltyCases(http);
        PenaltyCases.Case c = cases.investigated("person");
        String agency = cases.variable(c, "agencyCode").get("value").asText();
        String common = latest("penalty-rights-notice", "").content();
        String own = common.replace("<div th:replace=\"~{_common :: sign}\"></div>",
                "<p>联系人：本机关法制科，电话 0871-00000000。</p>\n<div th:replace=\"~{_common :: sign}\"></div>");
        try {
            ResponseEntity<JsonNode> deployed = deploy("admin", agency, "penalty-rights-notice.html", own);
            assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            int version = deployed.getBody().get(0).get("version").asInt();
            assertThat(deployed.getBody().get(0).get("agencyCode").asText()).isEqualTo(agency);

            cases.ok("zhangsan", c, cases.notice(List.of("fine"), 5000));

            JsonNode notice = java.util.stream.StreamSupport.stream(http.get("zhangsan", "/api/cases/{bk}/documents",
                    c.businessKey()).getBody().spliterator(), false)
                    .filter(d -> d.get("kind").asText().equals("penalty-rights-notice")).findFirst().orElseThrow();
            assertThat(notice.get("templates").get(0).asText()).startsWith("penalty-rights-notice/" + agency + "@"
                    + version + ":");
            String text = http.getDocumentText("zhangsan", "/api/cases/" + c.businessKey() + "/documents/"
                    + notice.get("sha256").asText()).getBody();
            // a PDF's text breaks lines where the page does
            assertThat(text.replaceAll("\\s", "")).contains("联系人：本机关法制科", "王𠮷", "人民币5000元", "校验码");
            // the other agencies keep the common template
            assertThat(templates.current("").stream().filter(t -> t.name().equals("penalty-rights-notice"))
                    .findFirst().orElseThrow().content()).doesNotContain("联系人");
        } finally {
            deploy("admin", agency, "penalty-rights-notice.html", common);
        }
    }

    @Test
    void aSpecimenShowsHowAKindPrints() {
        ResponseEntity<String> specimen = http.getDocumentText("admin", TEMPLATES + "/licence-grant/specimen.pdf");
        assertThat(specimen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(specimen.getBody()).contains("准予行政许可决定书", "食品经营许可证", "第 1 页");
        assertThat(http.get("admin", TEMPLATES + "/nothing/specimen.pdf").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private DocumentTemplate latest(String name, String agency) {
        List<DocumentTemplate> versions = templates.versions(name, agency);
        return versions.get(versions.size() - 1);
    }

    private ResponseEntity<JsonNode> deploy(String user, String agency, String fileName, String content) {
        return http.post(user, TEMPLATES + (agency == null ? "" : "?agency=" + agency),
                Map.of("files", Map.of(fileName, content)));
    }
}
