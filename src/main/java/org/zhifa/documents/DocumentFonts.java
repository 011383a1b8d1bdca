package org.zhifa.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.zhifa.shared.Unavailable;

/**
 * The Chinese TrueType fonts every PDF of the server embeds, documents and dossier alike (as subsets, so the PDF reads
 * the same on any machine and in an archive): the usable ones of {@code zhifa.documents.fonts}, the first for the text
 * and the others for characters it lacks (rare characters in names, CJK Extension B). A server without any still runs
 * and says so in its health, and a request for a PDF gets a clear 503.
 */
@Component("documentFonts")
public class DocumentFonts implements HealthIndicator {

    private final List<String> configured;

    public DocumentFonts(DocumentSettings settings) {
        this.configured = settings.fonts() == null ? List.of() : settings.fonts();
    }

    /** The usable font files, in the configured order: the first is the main font, the others fill its gaps. */
    public List<Path> files() {
        List<Path> found = new ArrayList<>();
        for (String entry : configured) {
            Path path = Path.of(entry);
            if (Files.isRegularFile(path) && trueType(path)) {
                found.add(path);
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(Files::isRegularFile).filter(this::trueType).sorted().forEach(found::add);
                } catch (IOException e) {
                    // unreadable folder: try the next entry
                }
            }
        }
        return found.stream().distinct().toList();
    }

    /** @throws Unavailable if none is configured and present */
    public List<Path> require() {
        List<Path> files = files();
        if (files.isEmpty()) {
            throw missing(configured);
        }
        return files;
    }

    /**
     * Loads every usable font into {@code document} for subset embedding: only the glyphs used are embedded. The font
     * files stay open until the {@code opened} ones are closed.
     *
     * @throws Unavailable if none is configured and present
     */
    public List<PDType0Font> load(PDDocument document, List<AutoCloseable> opened) throws IOException {
        List<PDType0Font> fonts = new ArrayList<>();
        for (Path path : require()) {
            fonts.add(load(document, path, opened));
        }
        return fonts;
    }

    /**
     * Loads one font file into {@code document} for subset embedding; of a collection (.ttc), its simplified Chinese
     * member. The file stays open until the {@code opened} ones are closed.
     */
    public static PDType0Font load(PDDocument document, Path path, List<AutoCloseable> opened) throws IOException {
        return PDType0Font.load(document, parse(path, opened), true);
    }

    /** The font of the file (of a collection, its simplified Chinese member), closed with {@code opened}. */
    static TrueTypeFont parse(Path path, List<AutoCloseable> opened) throws IOException {
        if (collection(path)) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            opened.add(collection);
            List<TrueTypeFont> members = new ArrayList<>();
            collection.processAllFonts(members::add);
            return members.stream().filter(DocumentFonts::simplifiedChinese).findFirst().orElse(members.get(0));
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        opened.add(font);
        return font;
    }

    /**
     * Whether the font has a glyph for every character of the (X)HTML text that is not white space, characters
     * written as references ({@code &#x20bb7;}) included.
     */
    static boolean covers(TrueTypeFont font, String text) throws IOException {
        org.apache.fontbox.ttf.CmapLookup lookup = font.getUnicodeCmapLookup(false);
        if (lookup == null) {
            return false;
        }
        java.util.regex.Matcher references = REFERENCE.matcher(text);
        while (references.find()) {
            int c = references.group(1) != null ? Integer.parseInt(references.group(1), 16)
                    : Integer.parseInt(references.group(2));
            if (lookup.getGlyphId(c) == 0) {
                return false;
            }
        }
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                .distinct().allMatch(c -> lookup.getGlyphId(c) != 0);
    }

    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern
            .compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    /** Whether the file is a font collection (.ttc) rather than a single font. */
    public static boolean collection(Path path) {
        return path.getFileName().toString().toLowerCase().endsWith(".ttc");
    }

    @Override
    public Health health() {
        List<Path> files = files();
        return files.isEmpty() ? Health.status("WARNING").withDetail("fonts", List.of())
                .withDetail("message", missing(configured).getMessage()).build()
                : Health.up().withDetail("fonts", files.stream().map(Path::toString).toList()).build();
    }

    private boolean trueType(Path path) {
        String name = path.getFileName().toString().toLowerCase();
        return name.endsWith(".ttf") || name.endsWith(".ttc");
    }

    private static boolean simplifiedChinese(TrueTypeFont font) {
        try {
            String name = font.getName();
            return name != null && (name.endsWith("CN") || name.contains("SC") || name.toLowerCase().contains("gb"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The server has no Chinese TrueType font to embed in a dossier PDF: a setup problem, not the request's. */
    public static Unavailable missing(List<String> tried) {
        return new Unavailable("服务器未找到可嵌入的中文 TrueType 字体，无法生成 PDF（文书、卷宗）。请安装 fonts-arphic-uming（或文泉驿字体），"
                + "或在 zhifa.documents.fonts 中指定 .ttf/.ttc 文件；已查找：" + String.join("、", tried));
    }
}
