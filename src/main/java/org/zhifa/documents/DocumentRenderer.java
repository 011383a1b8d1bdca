package org.zhifa.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.StringTemplateResource;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Lays a document out in two steps: the template (Thymeleaf, XML mode, so a template is well-formed XHTML and its
 * errors have a line) filled with the values into XHTML, and the XHTML into an A4 PDF (openhtmltopdf on PDFBox) with
 * the server's Chinese fonts embedded. The main font stands for every family a template may name (宋体, 仿宋, 黑体…);
 * the other single-font files fill the characters it lacks. A template reaches no file, URL or bean: only its values.
 */
@Component
class DocumentRenderer {

    static final String SET = "zhifa.templates";
    /** The families a template may name; the main font sets all of them (an agency names the fonts it has). */
    static final List<String> FAMILIES = List.of("宋体", "仿宋", "仿宋_GB2312", "黑体", "楷体", "楷体_GB2312", "SimSun",
            "FangSong", "SimHei", "KaiTi", "serif", "sans-serif", "monospace");

    /** A filled template. */
    record Text(String xhtml, List<DocumentTemplate> templates) {
    }

    /**
     * A laid-out document.
     *
     * @param ofd its OFD copy, if one was asked for, else null
     */
    record Pdf(byte[] bytes, int pages, byte[] ofd) {
    }

    static {
        // the layout engine reports each font it loads at INFO, for every document: only its warnings are kept
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final DocumentFonts fonts;

    DocumentRenderer(DocumentFonts fonts) {
        this.fonts = fonts;
        engine.setTemplateResolver(new SetResolver());
        engine.setEnableSpringELCompiler(false);
    }

    /**
     * @throws org.thymeleaf.exceptions.TemplateEngineException for a template that cannot be filled (line known)
     */
    Text fill(TemplateSet set, String name, Map<String, Object> values) {
        set.forget();
        Context context = new Context(Locale.SIMPLIFIED_CHINESE, values);
        String xhtml = engine.process(new TemplateSpec(name, null, TemplateMode.XML, Map.of(SET, set)), context);
        return new Text(xhtml, set.used());
    }

    /**
     * @throws org.zhifa.shared.Unavailable when the server has no Chinese font
     * @throws IOException                  when the XHTML cannot be laid out
     */
    Pdf pdf(String xhtml, String title, java.time.Instant made) throws IOException {
        return lay(xhtml, title, made, null);
    }

    /**
     * The PDF and its OFD copy (GB/T 33190), made from the same layout with the same fonts, which stay open for
     * both.
     *
     * @throws org.zhifa.shared.Unavailable when the server has no Chinese font
     * @throws IOException                  when the XHTML cannot be laid out or drawn as OFD
     */
    Pdf pdfAndOfd(String xhtml, String title, OfdCopies.About about) throws IOException {
        return lay(xhtml, title, about.made(), about);
    }

    private Pdf lay(String xhtml, String title, java.time.Instant made, OfdCopies.About ofd) throws IOException {
        List<Path> files = fonts.require();
        List<AutoCloseable> opened = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder().usePDDocument(document).useFastMode()
                    .withProducer("Zhifa").withHtmlContent(xhtml, null)
                    // nothing outside the document: no file, no URL, however a template or a value is written
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            org.apache.fontbox.ttf.TrueTypeFont mainFont = DocumentFonts.parse(files.get(0), opened);
            PDType0Font main = PDType0Font.load(document, mainFont, true);
            for (String family : FAMILIES) {
                builder.useFont(new PDFontSupplier(main), family, 400, FontStyle.NORMAL, true);
                builder.useFont(new PDFontSupplier(main), family, 700, FontStyle.NORMAL, true);
            }
            int fallback = 0;
            // the fallback fonts are large and read for each document: only when the main font lacks a character
            List<Path> fallbacks = DocumentFonts.covers(mainFont, xhtml) ? List.of()
                    : files.subList(1, files.size()).stream().filter(file -> !DocumentFonts.collection(file)).toList();
            for (Path file : fallbacks) {
                builder.useFont(file.toFile(), "zhifa-fallback-" + fallback++, 400, FontStyle.NORMAL, true,
                        EnumSet.of(FSFontUseCase.FALLBACK_PRE));
            }
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Zhifa");
            Calendar created = Calendar.getInstance();
            created.setTimeInMillis(made.toEpochMilli());
            info.setCreationDate(created);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            byte[] bytes = out.toByteArray();
            return new Pdf(bytes, document.getNumberOfPages(),
                    ofd == null ? null : OfdCopies.of(bytes, ofd, originals(mainFont, fallbacks, opened)));
        } finally {
            for (AutoCloseable closeable : opened) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // a font file that does not close is no reason to lose the document
                }
            }
        }
    }

    /**
     * The fonts the layout embedded, by PostScript name: the main font as parsed, a fallback font read only when the
     * document used one.
     */
    private static OfdFonts.Originals originals(org.apache.fontbox.ttf.TrueTypeFont mainFont, List<Path> fallbacks,
            List<AutoCloseable> opened) {
        Map<String, org.apache.fontbox.ttf.TrueTypeFont> parsed = new java.util.HashMap<>();
        java.util.Iterator<Path> unread = fallbacks.iterator();
        return name -> {
            if (parsed.isEmpty()) {
                parsed.put(mainFont.getName(), mainFont);
            }
            while (!parsed.containsKey(name) && unread.hasNext()) {
                org.apache.fontbox.ttf.TrueTypeFont font = DocumentFonts.parse(unread.next(), opened);
                parsed.putIfAbsent(font.getName(), font);
            }
            return parsed.get(name);
        };
    }

    /** Resolves template names in the set the rendering was given, never from files or the class path. */
    private static final class SetResolver implements ITemplateResolver {

        @Override
        public String getName() {
            return "zhifa-templates";
        }

        @Override
        public Integer getOrder() {
            return 1;
        }

        @Override
        public TemplateResolution resolveTemplate(IEngineConfiguration configuration, String ownerTemplate,
                String template, Map<String, Object> attributes) {
            TemplateSet set = attributes == null ? null : (TemplateSet) attributes.get(SET);
            DocumentTemplate found = set == null ? null : set.get(template);
            if (found == null) {
                return null;
            }
            return new TemplateResolution(new StringTemplateResource(found.content()), TemplateMode.XML,
                    NonCacheableCacheEntryValidity.INSTANCE);
        }
    }
}
