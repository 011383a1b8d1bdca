package org.zhifa.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongSupplier;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ofdrw.core.basicStructure.res.resources.Fonts;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.text.CT_CGTransform;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.pkg.container.ResDir;

/**
 * The fonts of an OFD copy: of each server font the PDF uses, a subset of the glyphs the document shows, written as a
 * complete TrueType file (with its character table, which the PDF's own subsets leave out) and embedded, so that the
 * OFD shows the same glyphs, rare characters included, on a reader without those fonts.
 */
final class OfdFonts {

    /** Finds the server's font a PDF font was embedded from, by its PostScript name; null if it has none. */
    interface Originals {
        TrueTypeFont named(String postScriptName) throws IOException;
    }

    /** A font of the OFD: the PDF font it stands for and the glyphs of its original it shows. */
    static final class Font {
        private final long id;
        private final CT_Font entry;
        private final PDCIDFontType2 cid;
        private final TrueTypeFont original;
        private final CmapLookup cmap;
        private final int glyphCount;
        private final TreeSet<Integer> glyphs = new TreeSet<>();
        private final TreeSet<Integer> characters = new TreeSet<>();
        private final Map<CT_CGTransform, Integer> named = new IdentityHashMap<>();

        private Font(long id, CT_Font entry, PDCIDFontType2 cid, TrueTypeFont original) throws IOException {
            this.id = id;
            this.entry = entry;
            this.cid = cid;
            this.original = original;
            this.cmap = original == null ? null : original.getUnicodeCmapLookup(false);
            this.glyphCount = original == null ? 0 : original.getNumberOfGlyphs();
        }

        long id() {
            return id;
        }

        /**
         * The original font's glyph a PDF code shows (the PDF's subsets keep the original glyph index as the code's
         * CID), recorded for the subset; -1 when the font cannot be embedded.
         */
        int glyph(int code, String unicode) {
            if (original == null) {
                return -1;
            }
            int glyph = cid.codeToCID(code);
            if (glyph >= glyphCount) {
                throw new IllegalStateException("PDF 字体 " + entry.getFontName() + " 的字形 " + glyph + " 不在服务器字体中");
            }
            glyphs.add(glyph);
            unicode.codePoints().forEach(characters::add);
            return glyph;
        }

        /** Adds a character the text holds without a glyph of the PDF's (a space written for a gap). */
        void uses(int codePoint) {
            characters.add(codePoint);
        }

        /** Whether the subset's character table leads from the character to the glyph (it covers the BMP only). */
        boolean maps(int codePoint, int glyph) {
            return codePoint <= 0xFFFF && cmap != null && cmap.getGlyphId(codePoint) == glyph;
        }

        /** Names the original {@code glyph} in {@code transform}, by its index in the subset once that is written. */
        void name(CT_CGTransform transform, int glyph) {
            named.put(transform, glyph);
        }

        private void embed(ResDir files) throws IOException {
            if (original == null || glyphs.isEmpty()) {
                return;
            }
            TTFSubsetter subsetter = new TTFSubsetter(original, TABLES);
            // fontbox writes a BMP character table only: a character beyond it is reached by its glyph's index
            subsetter.addAll(new TreeSet<>(characters.headSet(0x10000)));
            subsetter.addGlyphIds(glyphs);
            Map<Integer, Integer> byOriginal = new HashMap<>();
            subsetter.getGIDMap().forEach((subset, old) -> byOriginal.put(old, subset));
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            subsetter.writeToStream(file);
            String fileName = "font_" + id + ".ttf";
            files.putFile(fileName, file.toByteArray());
            entry.setFontFile(fileName);
            named.forEach((transform, old) -> transform.setGlyphs(new ST_Array(byOriginal.getOrDefault(old, 0))));
        }
    }

    /**
     * The tables a reader needs to show the glyphs, character table and names included; the others (bitmaps, vertical
     * metrics) are not subset by fontbox and would be copied whole.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp", "name", "OS/2", "post", "cmap");

    private final Fonts fonts;
    private final ResDir files;
    private final LongSupplier ids;
    private final Originals originals;
    private final Map<COSDictionary, Font> known = new IdentityHashMap<>();
    private final List<Font> added = new ArrayList<>();

    OfdFonts(Fonts fonts, ResDir files, LongSupplier ids, Originals originals) {
        this.fonts = fonts;
        this.files = files;
        this.ids = ids;
        this.originals = originals;
    }

    Font of(PDFont font) throws IOException {
        Font found = known.get(font.getCOSObject());
        if (found == null) {
            found = add(font);
            known.put(font.getCOSObject(), found);
            added.add(found);
        }
        return found;
    }

    /** Writes the subsets of every font the pages used: after the last page, when all their glyphs are known. */
    void embed() throws IOException {
        for (Font font : added) {
            font.embed(files);
        }
    }

    private Font add(PDFont font) throws IOException {
        long id = ids.getAsLong();
        // the subset keeps the PDF's subset tag (ABCDEF+UMingCN): no reader takes it for the whole installed font
        String name = font.getName() == null ? "SimSun" : font.getName();
        String postScriptName = name.replaceFirst("^[A-Z]{6}\\+", "");
        CT_Font entry = new CT_Font(name).setID(new ST_ID(id));
        TrueTypeFont original = null;
        PDCIDFontType2 cid = null;
        if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 descendant) {
            original = originals.named(postScriptName);
            if (original == null) {
                throw new IllegalStateException("PDF 所用字体 " + postScriptName + " 不是服务器的字体，无法嵌入 OFD");
            }
            cid = descendant;
        }
        org.apache.fontbox.ttf.NamingTable naming = original == null ? null : original.getNaming();
        entry.setFamilyName(naming == null || naming.getFontFamily() == null ? postScriptName : naming.getFontFamily());
        fonts.addFont(entry);
        return new Font(id, entry, cid, original);
    }
}
