package org.zhifa.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text flowing down A4 pages: headings, wrapped paragraphs, page breaks, and a footer with page numbers written once
 * the page count is known. Each character is set in the first font that has it; one that no font has prints as "?"
 * rather than failing the whole dossier.
 */
final class PdfFlow {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 64;
    private static final float BODY = 10.5f;

    private final PDDocument document;
    private final List<PDType0Font> fonts;
    private final Map<Integer, PDType0Font> fontOf = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PdfFlow(PDDocument document, List<PDType0Font> fonts) {
        this.document = document;
        this.fonts = List.copyOf(fonts);
    }

    void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    /** Moves down by {@code points}, starting a page if there is no room. */
    void space(float points) throws IOException {
        y -= points;
        if (y < MARGIN) {
            newPage();
        }
    }

    /** A line centred on the page. */
    void centred(String text, float size) throws IOException {
        String printable = printable(text);
        ensure(size * 1.6f);
        write(printable, size, (PAGE.getWidth() - width(printable, size)) / 2);
        y -= size * 1.6f;
    }

    void heading(String text) throws IOException {
        space(6);
        paragraph(text, 14, 0);
        space(4);
    }

    void paragraph(String text) throws IOException {
        paragraph(text, BODY, 0);
    }

    /** Wrapped text; {@code indent} points from the left margin; line breaks in the text are kept. */
    void paragraph(String text, float size, float indent) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN - indent;
        for (String line : printable(text).split("\n", -1)) {
            for (String piece : wrap(line, size, width)) {
                ensure(size * 1.5f);
                write(piece, size, MARGIN + indent);
                y -= size * 1.5f;
            }
        }
    }

    /**
     * One line of cells at fixed positions, each cut to its column so that every row has the same height (a table of
     * contents whose page count is known before its page numbers are).
     *
     * @param columns each cell's left edge, in points from the left margin; the last cell runs to the right margin
     */
    void row(float size, float[] columns, String... cells) throws IOException {
        ensure(size * 1.8f);
        for (int i = 0; i < cells.length; i++) {
            float left = MARGIN + columns[i];
            float right = i + 1 < columns.length ? MARGIN + columns[i + 1] - 4 : PAGE.getWidth() - MARGIN;
            String cell = printable(cells[i] == null ? "" : cells[i]);
            while (!cell.isEmpty() && width(cell, size) > right - left) {
                cell = cell.substring(0, cell.offsetByCodePoints(0, cell.codePointCount(0, cell.length()) - 1));
            }
            write(cell, size, left);
        }
        y -= size * 1.8f;
    }

    /** How many rows of {@link #row} a page holds below a heading at its top. */
    static int rowsPerPage(float size, float headingHeight) {
        return (int) ((PAGE.getHeight() - 2 * MARGIN - headingHeight) / (size * 1.8f));
    }

    /** Closes the last page, without page numbers (the dossier numbers its pages itself). */
    void close() throws IOException {
        closePage();
    }

    /** Closes the last page and writes "第 i 页 共 n 页" and {@code footer} on every page. */
    void finish(String footer) throws IOException {
        closePage();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String text = printable(footer + "    第 " + (i + 1) + " 页 共 " + pages.size() + " 页");
                show(foot, text, 8, (PAGE.getWidth() - width(text, 8)) / 2, MARGIN / 2);
            }
        }
    }

    private void ensure(float height) throws IOException {
        if (content == null || y - height < MARGIN) {
            newPage();
        }
    }

    private void write(String text, float size, float x) throws IOException {
        show(content, text, size, x, y - size);
    }

    /** One line of printable text, switching fonts where a character comes from another one. */
    private void show(PDPageContentStream stream, String text, float size, float x, float baseline)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.newLineAtOffset(x, baseline);
        PDType0Font current = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            PDType0Font font = font(codePoint);
            if (font != current && run.length() > 0) {
                stream.setFont(current, size);
                stream.showText(run.toString());
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        stream.setFont(current, size);
        stream.showText(run.toString());
        stream.endText();
    }

    private float width(String text, float size) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            width += font(codePoint).getStringWidth(new String(Character.toChars(codePoint))) / 1000 * size;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** Breaks between characters: Chinese has no spaces, and hashes are one long word. */
    private List<String> wrap(String line, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        float used = 0;
        for (int i = 0; i < line.length();) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            float w = font(codePoint).getStringWidth(character) / 1000 * size;
            if (used + w > width && current.length() > 0) {
                lines.add(current.toString());
                current.setLength(0);
                used = 0;
            }
            current.append(character);
            used += w;
            i += Character.charCount(codePoint);
        }
        lines.add(current.toString());
        return lines;
    }

    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        String source = text == null ? "" : text.replace("\r\n", "\n").replace('\t', ' ');
        source.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(font(cp) != null ? cp : '?');
            }
        });
        return out.toString();
    }

    /** The first font with a glyph for the character; null when none has one (only "?" is then printed). */
    private PDType0Font font(int codePoint) {
        if (!fontOf.containsKey(codePoint)) {
            String character = new String(Character.toChars(codePoint));
            PDType0Font found = null;
            for (PDType0Font candidate : fonts) {
                try {
                    candidate.encode(character); // throws when the font has no glyph for it
                    found = candidate;
                    break;
                } catch (IllegalArgumentException | IOException e) {
                    // not in this font: try the next
                }
            }
            fontOf.put(codePoint, found);
        }
        return fontOf.get(codePoint);
    }
}
