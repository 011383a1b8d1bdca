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
            // two rare characters of the fallback font, one of them first in its cell, and a long text
            values.put("partyName", "𪚥𠮷食品商行");
            values.put("facts", "经查，" + "当事人销售超过保质期的食品。".repeat(120) + "店员王𠮷、王𪚥在场。");
        }
        DocumentRenderer.Text text = renderer.fill(new TemplateSet(TemplateChecksTest.shipped()), kind.key(), values);
        OfdCopies.About about = new OfdCopies.About(kind.title(), "某某市市场监督管理局", "某市监罚〔2026〕1号",
                "ABCD-EFGH-JKMN", LocalDate.of(2026, 3, 5), Instant.parse("2026-03-05T02:00:00Z"));
        DocumentRenderer.Pdf pdf = renderer.pdfAndOfd(text.xhtml(), kind.title(), about);
        byte[] ofd = pdf.ofd();
        assertThat(renderer.pdfAndOfd(text.xhtml(), kind.title(), about).ofd()).as("the same document, the same bytes")
                .isEqualTo(ofd);
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
                    .containsAnyOf("王𠮷", "某某食品有限公司", "𪚥𠮷食品商行");
            if (kind == DocumentKind.PENALTY_DECISION) {
                assertThat(ofdText).contains("𪚥𠮷食品商行", "店员王𠮷、王𪚥在场");
            }

            // every glyph a text object names is, in the font file it embeds, the glyph the server's font has for it
            Map<String, TrueTypeFont> files = new HashMap<>();
            entries.forEach((name, bytes) -> {
                if (name.endsWith(".ttf")) {
                    try {
                        files.put(name.substring(name.lastIndexOf('/') + 1),
                                new TTFParser().parse(new RandomAccessReadBuffer(bytes)));
                    } catch (java.io.IOException e) {
                        throw new AssertionError(name + " is no TrueType font", e);
                    }
                }
            });
            assertThat(files).isNotEmpty();
            List<TextObject> objects = new ContentExtractor(reader).extractAllTextObject();
            int rare = 0;
            for (TextObject object : objects) {
                String fileName = reader.getResMgt().getFont(object.getFont().getRefId().toString()).getFontFile()
                        .toString();
                TrueTypeFont font = files.get(fileName.substring(fileName.lastIndexOf('/') + 1));
                assertThat(font).as("text in an embedded font").isNotNull();
                int[] characters = object.getTextCodes().get(0).getContent().codePoints().toArray();
                for (CT_CGTransform transform : object.getCGTransforms()) {
                    int glyph = transform.getGlyphs().toInt()[0];
                    assertThat(glyph).isBetween(1, font.getNumberOfGlyphs() - 1);
                    int character = characters[transform.getCodePosition()];
                    if (Character.isSupplementaryCodePoint(character)) {
                        rare++;
                        assertThat(box(font, glyph)).as("the glyph of " + Character.toString(character))
                                .isEqualTo(box(HANA_MIN_B, HANA_MIN_B.getUnicodeCmapLookup().getGlyphId(character)));
                    }
                }
            }
            if (kind == DocumentKind.PENALTY_DECISION || kind == DocumentKind.NO_PENALTY_DECISION) {
                assertThat(rare).as("the rare characters shown by their glyphs in the embedded fallback font")
                        .isGreaterThanOrEqualTo(kind == DocumentKind.PENALTY_DECISION ? 4 : 1);
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

    private static final TrueTypeFont HANA_MIN_B;

    static {
        try {
            HANA_MIN_B = new TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(
                    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"));
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A glyph's outline box, the same in a subset as in its font. */
    private static List<Float> box(TrueTypeFont font, int glyph) {
        try {
            org.apache.fontbox.util.BoundingBox b = font.getGlyph().getGlyph(glyph).getBoundingBox();
            return List.of(b.getLowerLeftX(), b.getLowerLeftY(), b.getUpperRightX(), b.getUpperRightY());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
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
