package org.zhifa.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.text.CT_CGTransform;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.text.CT_Text;

/**
 * The text of one OFD page: the glyphs the PDF shows, written in reading order — line by line from the top, each
 * from the left, whatever order the layout drew them in — so that the OFD reads, searches and copies as the page
 * reads. Glyphs on one baseline in one font, size and colour make one text object, each glyph at the PDF's place
 * (DeltaX, one per character); a gap of half a character or more within a line is written as a space, as PDF readers
 * do.
 */
final class OfdText {

    /** A glyph as the PDF shows it, in millimetres from the page's top left. */
    record Glyph(OfdFonts.Font font, double size, double x, double baseline, double advance, int fill, Integer stroke,
            double lineWidth, boolean filled, String unicode, int index) {

        boolean styledAs(Glyph other) {
            return font == other.font && size == other.size && line() == other.line() && fill == other.fill
                    && Objects.equals(stroke, other.stroke) && lineWidth == other.lineWidth && filled == other.filled;
        }

        long line() {
            return Math.round(baseline * 10);
        }

        double end() {
            return x + Math.max(advance, 0);
        }

        /** A character beyond the BMP (a rare character in a name). */
        boolean supplementary() {
            return unicode.codePoints().anyMatch(Character::isSupplementaryCodePoint);
        }
    }

    /** The characters of one text object and where each stands. */
    private static final class Run {
        final Glyph style;
        final StringBuilder text = new StringBuilder();
        final List<Double> xs = new ArrayList<>();
        final List<CT_CGTransform> transforms = new ArrayList<>();
        double end;
        boolean closed;

        Run(Glyph style) {
            this.style = style;
        }

        void append(String characters, double x) {
            text.append(characters);
            characters.codePoints().forEach(c -> xs.add(x));
        }
    }

    private final List<Glyph> glyphs = new ArrayList<>();

    void add(Glyph glyph) {
        glyphs.add(glyph);
    }

    void write(CT_Layer layer, LongSupplier ids) {
        List<Glyph> ordered = new ArrayList<>(glyphs);
        ordered.sort(Comparator.comparingLong(Glyph::line).thenComparingDouble(Glyph::x));
        Run run = null;
        Glyph previous = null;
        for (Glyph glyph : ordered) {
            boolean gap = previous != null && previous.line() == glyph.line()
                    && glyph.x() - previous.end() >= glyph.size() / 2 && !glyph.unicode().isBlank()
                    && !previous.unicode().isBlank();
            boolean same = run != null && !run.closed && glyph.styledAs(run.style);
            if (gap && run != null && !run.closed) {
                // the space ends the text before the gap, at its end
                run.append(" ", OfdPage.round(previous.end()));
                run.style.font().uses(' ');
            }
            if (!same) {
                write(run, layer, ids);
                run = new Run(glyph);
            }
            add(run, glyph);
            previous = glyph;
        }
        write(run, layer, ids);
    }

    private static void add(Run run, Glyph glyph) {
        int position = (int) run.text.codePoints().count();
        int codes = (int) glyph.unicode().codePoints().count();
        run.append(glyph.unicode(), glyph.x());
        if (glyph.index() >= 0 && (codes != 1 || !glyph.font().maps(glyph.unicode().codePointAt(0), glyph.index()))) {
            // a character the embedded font's own table does not lead to this glyph (beyond the BMP, say): the
            // glyph is named by its index, set once the font's subset is written
            CT_CGTransform transform = new CT_CGTransform().setCodePosition(position).setCodeCount(codes)
                    .setGlyphCount(1);
            glyph.font().name(transform, glyph.index());
            run.transforms.add(transform);
        }
        run.end = Math.max(run.end, glyph.end());
        // nothing follows a character beyond the BMP in its text object: readers count a text's characters either by
        // code point or by UTF-16 unit, and only what follows such a character would be placed differently
        run.closed = glyph.supplementary();
    }

    private static void write(Run run, CT_Layer layer, LongSupplier ids) {
        if (run == null || run.text.toString().isBlank()) {
            return;
        }
        Glyph style = run.style;
        double first = run.xs.get(0);
        // the box holds the glyphs with room above the baseline for the ascent and below for the descent
        double top = OfdPage.round(style.baseline() - style.size() * 1.1);
        double width = OfdPage.round(run.end - first + style.size() * 0.2);
        CT_Text text = new CT_Text();
        text.setObjID(new ST_ID(ids.getAsLong()));
        text.setBoundary(first, top, Math.max(width, style.size()), OfdPage.round(style.size() * 1.5));
        text.setFont(style.font().id());
        text.setSize(style.size());
        if (!style.filled()) {
            text.setFill(false);
        }
        if (style.stroke() != null) {
            text.setStroke(true);
            text.setLineWidth(style.lineWidth());
        }
        // the schema's order: the fill colour, then the stroke colour, then the transforms and the text
        if (style.filled() && style.fill() != 0) {
            text.setFillColor(color(style.fill()));
        }
        if (style.stroke() != null) {
            text.setStrokeColor(color(style.stroke()));
        }
        run.transforms.forEach(text::addCGTransform);
        TextCode code = new TextCode().setContent(run.text.toString());
        code.setCoordinate(0d, OfdPage.round(style.baseline() - top));
        if (run.xs.size() > 1) {
            Double[] deltas = new Double[run.xs.size() - 1];
            for (int i = 1; i < run.xs.size(); i++) {
                deltas[i - 1] = OfdPage.round(run.xs.get(i) - run.xs.get(i - 1));
            }
            code.setDeltaX(deltas);
        }
        text.addTextCode(code);
        layer.addPageBlock(text.toObj(text.getObjID()));
    }

    static CT_Color color(int rgb) {
        return CT_Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
