package org.zhifa.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.zhifa.documents.DocumentFonts;
import org.zhifa.documents.DocumentSettings;

/**
 * The dossier's text in the fonts installed on every development and CI machine (.ci/run installs
 * fonts-arphic-uming and fonts-hanazono): the main font, a fallback for rare characters, "?" for what none has.
 */
class PdfFlowTest {

    private final List<String> configured = List.of("/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf");

    @Test
    void rareCharactersComeFromTheFallbackFontAndUnknownOnesPrintAsQuestionMarks() throws Exception {
        DocumentFonts font = new DocumentFonts(new DocumentSettings(null, configured, null));
        assertThat(font.files()).hasSize(2);
        List<AutoCloseable> opened = new ArrayList<>();
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PdfFlow flow = new PdfFlow(document, font.load(document, opened));
            flow.newPage();
            flow.heading("当事人：王𠮷");
            flow.paragraph("表情 \uD83D\uDE00 与控制字符\u0007结束");
            flow.paragraph("很长的哈希 " + "0123456789abcdef".repeat(12) + " 会在行内断开");
            flow.finish("测试");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        } finally {
            for (AutoCloseable closeable : opened) {
                closeable.close();
            }
        }
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("当事人：王𠮷", "表情 ? 与控制字符 结束", "第 1 页 共 1 页");
            assertThat(text.replaceAll("\\s", "")).contains("0123456789abcdef".repeat(12));
        }
    }
}
