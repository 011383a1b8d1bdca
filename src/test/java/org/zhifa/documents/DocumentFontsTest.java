package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A server without the fonts its PDFs embed says so, and a request for one gets the fix. */
class DocumentFontsTest {

    @Test
    void withoutAnyFontTheDossierIsRefusedWithTheFixAndTheHealthSaysSo() {
        DocumentFonts font = new DocumentFonts(new DocumentSettings(null, List.of("/nonexistent/fonts",
                "/nonexistent/a.ttf"), null));
        assertThat(font.files()).isEmpty();
        assertThatThrownBy(font::require).isInstanceOf(org.zhifa.shared.Unavailable.class)
                .hasMessageContaining("fonts-arphic-uming").hasMessageContaining("/nonexistent/a.ttf");
        assertThat(font.health().getStatus().getCode()).isEqualTo("WARNING");
    }

    /** The fallback font is read only for a document with a character the main font lacks (𠮷 in a name, say). */
    @Test
    void theMainFontCoversCommonTextButNotARareCharacter() throws Exception {
        java.nio.file.Path main = TemplateChecksTest.FONTS.require().get(0);
        List<AutoCloseable> opened = new java.util.ArrayList<>();
        try {
            org.apache.fontbox.ttf.TrueTypeFont font = DocumentFonts.parse(main, opened);
            assertThat(DocumentFonts.covers(font, "<p class=\"plain\">当事人：王某，罚款人民币 20000 元（《行政处罚法》第七十二条）。</p>"))
                    .isTrue();
            assertThat(DocumentFonts.covers(font, "当事人：王𠮷")).isFalse();
            assertThat(DocumentFonts.covers(font, "当事人：王&#x20bb7;")).as("written as a reference").isFalse();
            assertThat(DocumentFonts.covers(font, "当事人：王&#134071;")).isFalse();
        } finally {
            for (AutoCloseable closeable : opened) {
                closeable.close();
            }
        }
    }
}
