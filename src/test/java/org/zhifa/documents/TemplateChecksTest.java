package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The checks every template passes before deployment, on the templates shipped in {@code documents/}. */
class TemplateChecksTest {

    static final DocumentFonts FONTS = new DocumentFonts(new DocumentSettings(null,
            List.of("/usr/share/fonts/truetype/arphic/uming.ttc", "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"), null));
    private final DocumentRenderer renderer = new DocumentRenderer(FONTS);
    private final TemplateChecks checks = new TemplateChecks(renderer);

    static Map<String, DocumentTemplate> shipped() throws Exception {
        Map<String, DocumentTemplate> byName = new HashMap<>();
        for (TemplateFile file : new TemplateFolder(new DocumentSettings(null, null, null)).read()) {
            byName.put(file.name(), template(file.name(), file.fileName(), new String(file.content(), StandardCharsets.UTF_8)));
        }
        return byName;
    }

    static DocumentTemplate template(String name, String file, String content) {
        return new DocumentTemplate(name, "", 1, Hashes.sha256(content.getBytes(StandardCharsets.UTF_8)), content, file,
                "folder", Instant.EPOCH, "system");
    }

    @Test
    void everyKindShipsWithATemplateThatPassesItsChecks() throws Exception {
        Map<String, DocumentTemplate> shipped = shipped();
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(shipped).as(kind.key()).containsKey(kind.key());
        }
        assertThat(Specimens.complete()).isTrue();
        checks.check(new TemplateSet(shipped), List.copyOf(shipped.values()));
    }

    @Test
    void anUnknownValueIsRefusedWithItsLineEvenInABranchTheSpecimenNeverTakes() throws Exception {
        Map<String, DocumentTemplate> shipped = shipped();
        String content = shipped.get("penalty-decision").content().replace("<h2>处理决定</h2>",
                "<h2>处理决定</h2>\n<p th:if=\"${false}\" th:text=\"${partyBankAccount}\"></p>");
        DocumentTemplate bad = template("penalty-decision", "documents/penalty-decision.html", content);
        int line = content.substring(0, content.indexOf("partyBankAccount")).split("\n", -1).length;
        assertThatThrownBy(() -> checks.check(new TemplateSet(shipped).with(List.of(bad)), List.of(bad)))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("documents/penalty-decision.html 第 " + line + " 行")
                .hasMessageContaining("未知的值 partyBankAccount");
    }

    @Test
    void badSyntaxIsRefusedWithItsLine() throws Exception {
        Map<String, DocumentTemplate> shipped = shipped();
        String content = shipped.get("acceptance-notice").content().replace("<div th:replace=\"~{_common :: sign}\"></div>",
                "<div th:replace=\"~{_common :: sign}\"></div>\n<p>未闭合的段落\n");
        DocumentTemplate bad = template("acceptance-notice", "documents/acceptance-notice.html", content);
        assertThatThrownBy(() -> checks.check(new TemplateSet(shipped).with(List.of(bad)), List.of(bad)))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("documents/acceptance-notice.html 第 ")
                .satisfies(e -> assertThat(((TemplateException) e).line()).isPositive());
    }

    @Test
    void typesBeansAndUnescapedValuesAreRefused() throws Exception {
        Map<String, DocumentTemplate> shipped = shipped();
        for (String injected : List.of("<p th:text=\"${T(java.lang.Runtime).getRuntime()}\"></p>",
                "<p th:text=\"${@documents}\"></p>", "<p th:utext=\"${facts}\"></p>", "<p>[(${facts})]</p>",
                "<p th:text=\"${facts.getClass()}\"></p>", "<p th:text=\"${new java.io.File('/')}\"></p>",
                "<p th:text=\"${\nT(java.lang.Math).random()}\"></p>", "<p th:text=\"${#ctx.getVariable('x')}\"></p>",
                "<p th:text=\"${#root.x}\"></p>", "<p th:text=\"__${partyName}__\"></p>", "<p th:text=\"*{facts}\"></p>",
                "<p th:text=\"$&#123;facts}\"></p>", "<p th:text=\"#{greeting}\"></p>",
                "<p th:each=\"n : ${#numbers.sequence(1, 100000000)}\">x</p>")) {
            String content = shipped.get("penalty-decision").content().replace("<h2>处理决定</h2>",
                    "<h2>处理决定</h2>" + injected);
            DocumentTemplate bad = template("penalty-decision", "documents/penalty-decision.html", content);
            assertThatThrownBy(() -> checks.check(new TemplateSet(shipped).with(List.of(bad)), List.of(bad)))
                    .as(injected).isInstanceOf(TemplateException.class).hasMessageContaining("不允许");
        }
    }

    @Test
    void aDecisionTheOfdCannotCarryIsRefusedAtDeploymentNotAtItsStep() throws Exception {
        Map<String, DocumentTemplate> shipped = shipped();
        String content = shipped.get("penalty-decision").content().replace("<h2>处理决定</h2>",
                "<h2 style=\"background-image: linear-gradient(#c00, #fff)\">处理决定</h2>");
        DocumentTemplate bad = template("penalty-decision", "documents/penalty-decision.html", content);
        assertThatThrownBy(() -> checks.check(new TemplateSet(shipped).with(List.of(bad)), List.of(bad)))
                .isInstanceOf(TemplateException.class).hasMessageContaining("documents/penalty-decision.html")
                .hasMessageContaining("OFD").hasMessageContaining("渐变色");
    }

    @Test
    void aTemplateThatIncludesItselfIsRefusedNamingTheFile() throws Exception {
        Map<String, DocumentTemplate> shipped = shipped();
        String content = shipped.get("acceptance-notice").content().replace("<div th:replace=\"~{_common :: sign}\"></div>",
                "<div th:replace=\"~{acceptance-notice :: body}\"></div>");
        DocumentTemplate bad = template("acceptance-notice", "documents/acceptance-notice.html", content);
        assertThatThrownBy(() -> checks.check(new TemplateSet(shipped).with(List.of(bad)), List.of(bad)))
                .isInstanceOf(TemplateException.class).hasMessageContaining("documents/acceptance-notice.html");
    }

    @Test
    void aBrokenFragmentFileIsRefusedThroughTheTemplatesThatUseIt() throws Exception {
        Map<String, DocumentTemplate> shipped = shipped();
        String content = shipped.get("_common").content().replace("th:fragment=\"sign\"", "th:fragment=\"signature\"");
        DocumentTemplate bad = template("_common", "documents/_common.html", content);
        assertThatThrownBy(() -> checks.check(new TemplateSet(shipped).with(List.of(bad)), List.of(bad)))
                .isInstanceOf(TemplateException.class).hasMessageContaining("无法部署");
    }
}
