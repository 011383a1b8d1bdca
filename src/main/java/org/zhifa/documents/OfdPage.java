package org.zhifa.documents;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.graph.pathObj.CT_Path;
import org.ofdrw.core.graph.pathObj.Rule;
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.text.CT_CGTransform;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.text.CT_Text;

/**
 * One page of a laid-out PDF drawn again as OFD page objects (GB/T 33190): every glyph as text in the same embedded
 * font at the same place (so the OFD reads, searches and copies like the PDF), every line and fill as a path.
 * Coordinates change from PDF points, origin bottom left, to millimetres, origin top left. The documents have no
 * images and no clipping that shows: clips are not carried over.
 */
final class OfdPage extends PDFGraphicsStreamEngine {

    static final double MM_PER_POINT = 25.4 / 72;

    private final CT_Layer layer;
    private final OfdFonts fonts;
    private final LongSupplier ids;
    private final double top;
    private final double left;
    private final List<double[]> path = new ArrayList<>();
    private Point2D current = new Point2D.Float();

    /** A path segment: {@code [kind, x1, y1, x2, y2, x3, y3]} in millimetres; kinds below. */
    private static final int MOVE = 0, LINE = 1, CURVE = 2, CLOSE = 3;

    OfdPage(PDPage page, CT_Layer layer, OfdFonts fonts, LongSupplier ids) {
        super(page);
        this.layer = layer;
        this.fonts = fonts;
        this.ids = ids;
        PDRectangle box = page.getMediaBox();
        this.top = box.getUpperRightY();
        this.left = box.getLowerLeftX();
    }

    /** Draws the page into the layer: its lines and fills, then its text. */
    void draw() throws IOException {
        processPage(getPage());
        // the text over the lines and fills, as the layout draws it
        writeText();
    }

    private double x(double points) {
        return round((points - left) * MM_PER_POINT);
    }

    private double y(double points) {
        return round((top - points) * MM_PER_POINT);
    }

    static double round(double mm) {
        return Math.round(mm * 1000) / 1000.0;
    }

    // ---- text ----

    /** A glyph as the PDF shows it, in millimetres from the page's top left. */
    private record Glyph(OfdFonts.Font font, double size, double x, double baseline, double advance, int fill,
            Integer stroke, double lineWidth, String unicode, int index) {

        boolean styledAs(Glyph other) {
            return font == other.font && size == other.size && Math.abs(baseline - other.baseline) <= 0.01
                    && fill == other.fill && java.util.Objects.equals(stroke, other.stroke)
                    && lineWidth == other.lineWidth;
        }

        /** A character beyond the BMP (a rare character in a name). */
        boolean supplementary() {
            return unicode.codePoints().anyMatch(Character::isSupplementaryCodePoint);
        }
    }

    /** Glyphs on one baseline in one font, size and colour: one text object. */
    private record Run(Glyph style, StringBuilder text, List<Double> xs, List<CT_CGTransform> transforms,
            double[] end) {
    }

    private final List<Glyph> glyphs = new ArrayList<>();

    @Override
    protected void showFontGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
        OfdFonts.Font ofdFont = fonts.of(font);
        PDGraphicsState state = getGraphicsState();
        boolean stroked = state.getTextState().getRenderingMode().isStroke();
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            unicode = "\uFFFD";
        }
        glyphs.add(new Glyph(ofdFont, round(matrix.getScalingFactorY() * MM_PER_POINT), x(matrix.getTranslateX()),
                y(matrix.getTranslateY()), displacement.getX() * matrix.getScalingFactorX() * MM_PER_POINT,
                rgb(state.getNonStrokingColor()), stroked ? rgb(state.getStrokingColor()) : null,
                stroked ? round(state.getLineWidth() * state.getCurrentTransformationMatrix().getScalingFactorX()
                        * MM_PER_POINT) : 0,
                unicode, ofdFont.glyph(code, unicode)));
    }

    /**
     * The page's text in reading order — line by line from the top, each from the left, whatever order the layout
     * drew it in — so that the OFD reads, searches and copies as the page reads; a gap of half a character or more
     * within a line is written as a space, as PDF readers do.
     */
    private void writeText() {
        List<Glyph> ordered = new ArrayList<>(glyphs);
        ordered.sort(java.util.Comparator.comparingLong((Glyph g) -> Math.round(g.baseline() * 10))
                .thenComparingDouble(Glyph::x));
        Run run = null;
        Glyph previous = null;
        for (Glyph glyph : ordered) {
            boolean sameLine = previous != null && Math.round(previous.baseline() * 10) == Math.round(glyph.baseline() * 10);
            double previousEnd = previous == null ? 0 : previous.x() + Math.max(previous.advance(), 0);
            boolean gap = sameLine && glyph.x() - previousEnd >= glyph.size() / 2 && !glyph.unicode().isBlank()
                    && !previous.unicode().isBlank();
            // nothing follows a character beyond the BMP in its text object: readers count a text's characters
            // either by code point or by UTF-16 unit, and only what follows such a character is placed differently
            if (run == null || previous.supplementary() || !glyph.styledAs(run.style())) {
                write(run);
                run = new Run(glyph, new StringBuilder(), new ArrayList<>(), new ArrayList<>(), new double[] { 0 });
            }
            if (gap) {
                run.text().append(' ');
                run.xs().add(round(previousEnd));
                glyph.font().uses(' ');
            }
            add(run, glyph);
            previous = glyph;
        }
        write(run);
    }

    private static void add(Run run, Glyph glyph) {
        int position = (int) run.text().codePoints().count();
        int codes = (int) glyph.unicode().codePoints().count();
        run.text().append(glyph.unicode());
        for (int i = 0; i < codes; i++) {
            run.xs().add(glyph.x());
        }
        if (glyph.index() >= 0 && (codes != 1 || !glyph.font().maps(glyph.unicode().codePointAt(0), glyph.index()))) {
            // a character the embedded font's own table does not lead to this glyph (beyond the BMP, say): the
            // glyph is named by its index, set once the font's subset is written
            CT_CGTransform transform = new CT_CGTransform().setCodePosition(position).setCodeCount(codes)
                    .setGlyphCount(1);
            glyph.font().name(transform, glyph.index());
            run.transforms().add(transform);
        }
        run.end()[0] = Math.max(run.end()[0], glyph.x() + Math.max(glyph.advance(), 0));
    }

    /** One run as a text object. */
    private void write(Run r) {
        if (r == null || r.text().toString().isBlank()) {
            return;
        }
        Glyph style = r.style();
        double first = r.xs().get(0);
        // the box holds the glyphs with room above the baseline for the ascent and below for the descent
        double boxTop = round(style.baseline() - style.size() * 1.1);
        double width = round(r.end()[0] - first + style.size() * 0.2);
        CT_Text text = new CT_Text();
        text.setObjID(new ST_ID(ids.getAsLong()));
        text.setBoundary(first, boxTop, Math.max(width, style.size()), round(style.size() * 1.5));
        text.setFont(style.font().id());
        text.setSize(style.size());
        if (style.stroke() != null) {
            text.setStroke(true);
            text.setLineWidth(style.lineWidth());
            text.setStrokeColor(color(style.stroke()));
        }
        if (style.fill() != 0) {
            text.setFillColor(color(style.fill()));
        }
        r.transforms().forEach(text::addCGTransform);
        TextCode code = new TextCode().setContent(r.text().toString());
        code.setCoordinate(0d, round(style.baseline() - boxTop));
        if (r.xs().size() > 1) {
            Double[] deltas = new Double[r.xs().size() - 1];
            for (int i = 1; i < r.xs().size(); i++) {
                deltas[i - 1] = round(r.xs().get(i) - r.xs().get(i - 1));
            }
            code.setDeltaX(deltas);
        }
        text.addTextCode(code);
        layer.addPageBlock(text.toObj(text.getObjID()));
    }

    // ---- paths ----

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void moveTo(float px, float py) {
        path.add(new double[] { MOVE, x(px), y(py) });
        current = new Point2D.Float(px, py);
    }

    @Override
    public void lineTo(float px, float py) {
        path.add(new double[] { LINE, x(px), y(py) });
        current = new Point2D.Float(px, py);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.add(new double[] { CURVE, x(x1), y(y1), x(x2), y(y2), x(x3), y(y3) });
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        path.add(new double[] { CLOSE });
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() throws IOException {
        paint(true, false, null);
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        paint(false, true, windingRule);
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        paint(true, true, windingRule);
    }

    @Override
    public void clip(int windingRule) {
        // the page's own clips hide nothing a document shows
    }

    @Override
    public void drawImage(PDImage image) {
        // templates reach no file or URL, so a document has no image to carry over
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        // no template draws a shading
    }

    private void paint(boolean stroke, boolean fill, Integer windingRule) throws IOException {
        List<double[]> segments = List.copyOf(path);
        path.clear();
        if (segments.stream().noneMatch(s -> s[0] != MOVE && s[0] != CLOSE)) {
            return;
        }
        PDGraphicsState state = getGraphicsState();
        double lineWidth = stroke ? Math.max(round(state.getLineWidth() * state.getCurrentTransformationMatrix()
                .getScalingFactorX() * MM_PER_POINT), 0.01) : 0;
        double[] box = bounds(segments, lineWidth / 2 + 0.01);
        AbbreviatedData data = new AbbreviatedData();
        for (double[] s : segments) {
            switch ((int) s[0]) {
                case MOVE -> data.M(round(s[1] - box[0]), round(s[2] - box[1]));
                case LINE -> data.L(round(s[1] - box[0]), round(s[2] - box[1]));
                case CURVE -> data.B(round(s[1] - box[0]), round(s[2] - box[1]), round(s[3] - box[0]),
                        round(s[4] - box[1]), round(s[5] - box[0]), round(s[6] - box[1]));
                default -> data.C();
            }
        }
        CT_Path shape = new CT_Path();
        shape.setObjID(new ST_ID(ids.getAsLong()));
        shape.setBoundary(box[0], box[1], round(box[2] - box[0]), round(box[3] - box[1]));
        shape.setStroke(stroke);
        shape.setFill(fill);
        if (stroke) {
            shape.setLineWidth(lineWidth);
            shape.setStrokeColor(color(rgb(state.getStrokingColor())));
            float[] dashes = state.getLineDashPattern().getDashArray();
            if (dashes.length > 0) {
                double scale = state.getCurrentTransformationMatrix().getScalingFactorX() * MM_PER_POINT;
                Double[] pattern = new Double[dashes.length];
                for (int i = 0; i < dashes.length; i++) {
                    pattern[i] = round(dashes[i] * scale);
                }
                shape.setDashPattern(new ST_Array((java.io.Serializable[]) pattern));
                shape.setDashOffset(round(state.getLineDashPattern().getPhase() * scale));
            }
        }
        if (fill) {
            shape.setFillColor(color(rgb(state.getNonStrokingColor())));
            if (windingRule != null && windingRule == java.awt.geom.Path2D.WIND_EVEN_ODD) {
                shape.setRule(Rule.Even_Odd);
            }
        }
        shape.setAbbreviatedData(data);
        layer.addPageBlock(shape.toObj(shape.getObjID()));
    }

    /** {@code [left, top, right, bottom]} of the segments' points, widened by {@code margin}. */
    private static double[] bounds(List<double[]> segments, double margin) {
        double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (double[] s : segments) {
            for (int i = 1; i + 1 < s.length; i += 2) {
                box[0] = Math.min(box[0], s[i]);
                box[1] = Math.min(box[1], s[i + 1]);
                box[2] = Math.max(box[2], s[i]);
                box[3] = Math.max(box[3], s[i + 1]);
            }
        }
        return new double[] { round(box[0] - margin), round(box[1] - margin), round(box[2] + margin),
                round(box[3] + margin) };
    }

    private static int rgb(PDColor color) throws IOException {
        return color == null ? 0 : color.toRGB();
    }

    private static CT_Color color(int rgb) {
        return CT_Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
