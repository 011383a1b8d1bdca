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
}
