package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A decision laid out from the shipped templates: A4, the case's facts, a rare character, page furniture. */
class DocumentRendererTest {

    private final DocumentRenderer renderer = new DocumentRenderer(TemplateChecksTest.FONTS);

    @Test
    void aDecisionIsAnA4PdfWithItsTextAndTheAgencyOnEveryPage() throws Exception {
        Map<String, Object> values = Specimens.of(DocumentKind.PENALTY_DECISION);
        values.put("facts", "经查，" + "当事人销售超过保质期的食品。".repeat(200));
        DocumentRenderer.Text text = renderer.fill(new TemplateSet(TemplateChecksTest.shipped()),
                DocumentKind.PENALTY_DECISION.key(), values);
        assertThat(text.templates()).extracting(DocumentTemplate::name).containsExactly("penalty-decision", "_common");
        DocumentRenderer.Pdf pdf = renderer.pdf(text.xhtml(), "行政处罚决定书", Instant.EPOCH);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/documents/penalty-decision.pdf"), pdf.bytes());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/documents/penalty-decision.xhtml"), text.xhtml());
        assertThat(pdf.pages()).isGreaterThan(1);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pdf.pages());
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String all = stripper.getText(document);
            assertThat(all).contains("行政处罚决定书", "某市监罚〔2026〕1号", "王𠮷", "人民币 20000 元", "过期食品 20 箱",
                    "六十日内", "第 1 页", "共 " + pdf.pages() + " 页", "ABCD-EFGH-JKMN");
            PDFTextStripper last = new PDFTextStripper();
            last.setSortByPosition(true);
            last.setStartPage(pdf.pages());
            last.setEndPage(pdf.pages());
            assertThat(last.getText(document)).contains("某某市市场监督管理局", "第 " + pdf.pages() + " 页");
        }
        String published = DocumentText.of(text.xhtml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(published).contains("当事人：王𠮷", "人民币 20000 元").doesNotContain("校验码", "（印章）");
    }

    /** Every kind's specimen, laid out as it would be issued (kept in {@code target/documents} to look at). */
    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void everyKindLaysOutItsSpecimenWithTitleAgencyAndValues(DocumentKind kind) throws Exception {
        Map<String, Object> values = Specimens.of(kind);
        DocumentRenderer.Text text = renderer.fill(new TemplateSet(TemplateChecksTest.shipped()), kind.key(), values);
        DocumentRenderer.Pdf pdf = renderer.pdf(text.xhtml(), kind.title(), Instant.EPOCH);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/documents/" + kind.key() + ".pdf"), pdf.bytes());
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String all = stripper.getText(document).replaceAll("\\s+", "");
            assertThat(all).contains(kind.title().replaceAll("\\s+", ""), "某某市市场监督管理局", "ABCD-EFGH-JKMN");
            // every value of its own the kind passes shows in the document (the party's and the applicant's details
            // and the date are laid out as each document needs them)
            java.util.Set<String> shared = new java.util.HashSet<>(java.util.List.of(DocumentKind.Values.COMMON));
            shared.addAll(java.util.List.of(DocumentKind.Values.PARTY));
            shared.addAll(java.util.List.of(DocumentKind.Values.APPLICANT));
            for (String name : kind.names()) {
                if (!shared.contains(name)) {
                    for (String shown : texts(values.get(name))) {
                        assertThat(all).as(kind.key() + " shows " + name).contains(shown.replaceAll("\\s+", ""));
                    }
                }
            }
            assertThat(all).as(kind.key() + " names its party").containsAnyOf("王𠮷", "某某食品有限公司");
            assertThat(all).as(kind.key() + " prints no value as a Java object").doesNotContain("[{", "=null", "{name=");
        }
    }

    /** The text a value shows: itself, or each text of a list's items (a review's stage, a member's name…). */
    private static java.util.List<String> texts(Object value) {
        if (value instanceof String text) {
            return java.util.List.of(text);
        }
        java.util.List<String> texts = new java.util.ArrayList<>();
        if (value instanceof java.util.List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map) {
                    map.values().stream().filter(String.class::isInstance).map(String.class::cast).forEach(texts::add);
                } else if (item instanceof String text) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }
}
