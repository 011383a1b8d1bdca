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
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.graph.pathObj.CT_Path;
import org.ofdrw.core.graph.pathObj.Rule;

/**
 * One page of a laid-out PDF drawn again as OFD page objects (GB/T 33190): every line and fill as a path, every
 * glyph as text in the same embedded font at the same place ({@link OfdText}). Coordinates change from PDF points,
 * origin bottom left, to millimetres, origin top left. The documents have no clipping that shows: clips are not
 * carried over; an image or a gradient cannot be carried over faithfully and is refused.
 */
final class OfdPage extends PDFGraphicsStreamEngine {

    static final double MM_PER_POINT = 25.4 / 72;

    private final CT_Layer layer;
    private final OfdFonts fonts;
    private final LongSupplier ids;
    private final double top;
    private final double left;
    private final OfdText text = new OfdText();
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
        text.write(layer, ids);
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

    @Override
    protected void showFontGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
        PDGraphicsState state = getGraphicsState();
        RenderingMode mode = state.getTextState().getRenderingMode();
        if (!mode.isFill() && !mode.isStroke()) {
            return; // invisible text: the documents have none to show
        }
        OfdFonts.Font ofdFont = fonts.of(font);
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            unicode = "\uFFFD";
        }
        text.add(new OfdText.Glyph(ofdFont, round(matrix.getScalingFactorY() * MM_PER_POINT),
                x(matrix.getTranslateX()), y(matrix.getTranslateY()),
                displacement.getX() * matrix.getScalingFactorX() * MM_PER_POINT, rgb(state.getNonStrokingColor()),
                mode.isStroke() ? rgb(state.getStrokingColor()) : null, mode.isStroke() ? lineWidth(state) : 0,
                mode.isFill(), unicode, ofdFont.glyph(code, unicode)));
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

    /** Templates reach no file or URL; an image a template still brings in is refused when it is deployed. */
    @Override
    public void drawImage(PDImage image) throws IOException {
        throw new IOException("文书含图片，OFD 版式文件不能如实再现；请从模板中去掉图片");
    }

    /** A gradient (a template's CSS) is refused when the template is deployed. */
    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) throws IOException {
        throw new IOException("文书含渐变色，OFD 版式文件不能如实再现；请在模板中改用单色");
    }

    private void paint(boolean stroke, boolean fill, Integer windingRule) throws IOException {
        List<double[]> segments = List.copyOf(path);
        path.clear();
        if (segments.stream().noneMatch(s -> s[0] != MOVE && s[0] != CLOSE)) {
            return;
        }
        PDGraphicsState state = getGraphicsState();
        double lineWidth = stroke ? Math.max(lineWidth(state), 0.01) : 0;
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
            shape.setStrokeColor(OfdText.color(rgb(state.getStrokingColor())));
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
            shape.setFillColor(OfdText.color(rgb(state.getNonStrokingColor())));
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

    private static double lineWidth(PDGraphicsState state) {
        return round(state.getLineWidth() * state.getCurrentTransformationMatrix().getScalingFactorX() * MM_PER_POINT);
    }
}
