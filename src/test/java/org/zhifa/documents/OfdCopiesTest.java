package org.zhifa.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.CT_CGTransform;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * Issue 15, point 3: a decision document's OFD copy opens with ofdrw's reader, holds the PDF's text at the PDF's
 * places, in fonts it embeds, rare characters included.
 */
class OfdCopiesTest {

    private final DocumentRenderer renderer = new DocumentRenderer(TemplateChecksTest.FONTS);

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = { "PENALTY_DECISION", "NO_PENALTY_DECISION", "LICENCE_GRANT",
            "LICENCE_REFUSAL" })
    void aDecisionsOfdHoldsItsTextWhereThePdfHasItInTheFontsItEmbeds(DocumentKind kind) throws Exception {
        Map<String, Object> values = Specimens.of(kind);
        if (kind == DocumentKind.PENALTY_DECISION) {
            values.put("facts", "经查，" + "当事人销售超过保质期的食品。".repeat(120));
        }
        DocumentRenderer.Text text = renderer.fill(new TemplateSet(TemplateChecksTest.shipped()), kind.key(), values);
        DocumentRenderer.Pdf pdf = renderer.pdf(text.xhtml(), kind.title(), Instant.EPOCH);
        OfdCopies.About about = new OfdCopies.About(kind.title(), "某某市市场监督管理局", "某市监罚〔2026〕1号",
                "ABCD-EFGH-JKMN", LocalDate.of(2026, 3, 5), Instant.parse("2026-03-05T02:00:00Z"));
        byte[] ofd = renderer.ofd(pdf.bytes(), about);
        assertThat(renderer.ofd(pdf.bytes(), about)).as("the same document gives the same bytes").isEqualTo(ofd);
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/" + kind.key() + ".ofd"), ofd);
        Files.write(Path.of("target/documents/" + kind.key() + "-ofd-source.pdf"), pdf.bytes());

        Map<String, byte[]> entries = unzip(ofd);
        assertThat(entries).containsKeys("OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml",
                "Doc_0/Pages/Page_0/Content.xml");
        assertThat(new String(entries.get("OFD.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("ABCD-EFGH-JKMN", "某某市市场监督管理局", kind.title());

        try (PDDocument document = Loader.loadPDF(pdf.bytes());
                OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            assertThat(reader.getNumberOfPages()).isEqualTo(pdf.pages());
            String pdfText = new PDFTextStripper().getText(document);
            String ofdText = String.join("", new ContentExtractor(reader).extractAll());
            // the same characters, each as often (the PDF's reading order inserts spaces and line breaks)
            assertThat(counts(ofdText)).isEqualTo(counts(pdfText));
            assertThat(ofdText).contains("某某市市场监督管理局", "ABCD-EFGH-JKMN")
                    .containsAnyOf("王𠮷", "某某食品有限公司");

            // every glyph a text object names exists in the font file it embeds
            Map<String, TrueTypeFont> fonts = new HashMap<>();
            entries.forEach((name, bytes) -> {
                if (name.endsWith(".ttf")) {
                    try {
                        fonts.put(name.substring(name.lastIndexOf('/') + 1),
                                new TTFParser().parse(new RandomAccessReadBuffer(bytes)));
                    } catch (java.io.IOException e) {
                        throw new AssertionError(name + " is no TrueType font", e);
                    }
                }
            });
            assertThat(fonts).isNotEmpty();
            List<TextObject> objects = new ContentExtractor(reader).extractAllTextObject();
            int maxGlyphs = 0;
            for (TrueTypeFont font : fonts.values()) {
                maxGlyphs = Math.max(maxGlyphs, font.getNumberOfGlyphs());
            }
            boolean rare = false;
            for (TextObject object : objects) {
                assertThat(reader.getResMgt().getFont(object.getFont().getRefId().toString()).getFontFile())
                        .as("text in an embedded font").isNotNull();
                for (CT_CGTransform transform : object.getCGTransforms()) {
                    for (int glyph : transform.getGlyphs().toInt()) {
                        assertThat(glyph).isBetween(0, maxGlyphs - 1);
                    }
                }
                rare |= object.getTextCodes().stream().anyMatch(c -> c.getContent().contains("𠮷"))
                        && !object.getCGTransforms().isEmpty();
            }
            if (kind == DocumentKind.PENALTY_DECISION || kind == DocumentKind.NO_PENALTY_DECISION) {
                assertThat(rare).as("王𠮷 shown by its glyph in the embedded fallback font").isTrue();
            }

            // the title stands where the PDF has it (millimetres from the top left, baseline)
            TextPosition title = firstGlyph(document, kind.title().substring(0, 1));
            TextObject titleObject = objects.stream().filter(o -> o.getTextCodes().get(0).getContent()
                    .startsWith(kind.title().substring(0, 1))).findFirst().orElseThrow();
            TextCode code = titleObject.getTextCodes().get(0);
            double x = titleObject.getBoundary().getTopLeftX() + code.getX();
            double y = titleObject.getBoundary().getTopLeftY() + code.getY();
            assertThat(x).isCloseTo(title.getXDirAdj() * OfdPage.MM_PER_POINT, org.assertj.core.data.Offset.offset(0.3));
            assertThat(y).isCloseTo(title.getYDirAdj() * OfdPage.MM_PER_POINT, org.assertj.core.data.Offset.offset(0.3));
        }
    }

    private static Map<Integer, Long> counts(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c)).boxed()
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    }

    private static TextPosition firstGlyph(PDDocument document, String character) throws java.io.IOException {
        TextPosition[] found = new TextPosition[1];
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    if (found[0] == null && character.equals(p.getUnicode())) {
                        found[0] = p;
                    }
                }
            }
        };
        stripper.setEndPage(1);
        stripper.getText(document);
        assertThat(found[0]).as("the PDF shows " + character).isNotNull();
        return found[0];
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws java.io.IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
