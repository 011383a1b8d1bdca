package org.zhifa.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.ofdrw.core.basicStructure.doc.CT_CommonData;
import org.ofdrw.core.basicStructure.doc.CT_PageArea;
import org.ofdrw.core.basicStructure.doc.Document;
import org.ofdrw.core.basicStructure.ofd.DocBody;
import org.ofdrw.core.basicStructure.ofd.OFD;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.ofd.docInfo.CustomDatas;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageTree.Page;
import org.ofdrw.core.basicStructure.pageTree.Pages;
import org.ofdrw.core.basicStructure.res.Res;
import org.ofdrw.core.basicStructure.res.resources.Fonts;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.basicType.ST_Loc;
import org.ofdrw.pkg.container.DocDir;
import org.ofdrw.pkg.container.OFDDir;
import org.ofdrw.pkg.container.PageDir;
import org.ofdrw.pkg.container.PagesDir;

/**
 * The OFD copy (GB/T 33190, the national format of electronic official documents) of a decision document: the PDF as
 * laid out, page by page, written with ofdrw's object model and package. Both are made from the same layout, so they
 * read the same and have the same pages; the OFD carries the document's number, agency and verification code in its
 * document information.
 */
final class OfdCopies {

    /** The media type OFD files are stored and served with. */
    static final String MEDIA_TYPE = "application/ofd";

    /**
     * What the OFD's document information says.
     *
     * @param made when the document was laid out, by the server's clock: the time of the package's entries
     */
    record About(String title, String agencyName, String number, String verificationCode, LocalDate date,
            java.time.Instant made) {
    }

    private OfdCopies() {
    }

    /**
     * @param originals the server's fonts the PDF's fonts were embedded from, to embed again as complete subsets
     */
    static byte[] of(byte[] pdf, About about, OfdFonts.Originals originals) throws IOException {
        OFDDir ofd = OFDDir.newOFD();
        try (PDDocument source = Loader.loadPDF(pdf)) {
            CustomDatas custom = new CustomDatas().addCustomData("校验码", about.verificationCode());
            if (about.number() != null) {
                custom.addCustomData("文号", about.number());
            }
            CT_DocInfo info = new CT_DocInfo()
                    // one identifier per document: its verification code is unique
                    .setDocID(UUID.nameUUIDFromBytes(about.verificationCode().getBytes(StandardCharsets.UTF_8)))
                    .setTile(about.title()).setAuthor(about.agencyName()).setCreationDate(about.date()).setCreator("Zhifa")
                    .setCustomDatas(custom);
            ofd.setOfd(new OFD().addDocBody(new DocBody().setDocInfo(info)
                    .setDocRoot(ST_Loc.getInstance("Doc_0/Document.xml"))));
            DocDir doc = ofd.newDoc();
            AtomicLong ids = new AtomicLong();
            // the schema's order: MaxUnitID first (its value is set when every object has its ID)
            CT_CommonData common = new CT_CommonData().setMaxUnitID(1).setPageArea(area(PDRectangle.A4));
            common.setPublicRes(ST_Loc.getInstance(DocDir.PublicResFileName));
            Pages pages = new Pages();
            Document document = new Document().setCommonData(common).setPages(pages);
            Fonts fonts = new Fonts();
            Res publicRes = new Res().setBaseLoc(ST_Loc.getInstance(DocDir.ResDir));
            publicRes.addResource(fonts);
            OfdFonts embedded = new OfdFonts(fonts, doc.obtainRes(), ids::incrementAndGet, originals);
            PagesDir pageDirs = doc.obtainPages();
            for (PDPage page : source.getPages()) {
                PageDir dir = pageDirs.newPageDir();
                pages.addPage(new Page(new ST_ID(ids.incrementAndGet()),
                        ST_Loc.getInstance("Pages/Page_" + dir.getIndex() + "/Content.xml")));
                CT_Layer layer = new CT_Layer();
                layer.setObjID(new ST_ID(ids.incrementAndGet()));
                new OfdPage(page, layer, embedded, ids::incrementAndGet).draw();
                dir.setContent(new org.ofdrw.core.basicStructure.pageObj.Page().setArea(area(page.getMediaBox()))
                        .setContent(new Content().addLayer(layer)));
            }
            embedded.embed();
            common.setMaxUnitID(ids.get());
            doc.setPublicRes(publicRes);
            doc.setDocument(document);
            return zip(ofd, about.made());
        } finally {
            ofd.clean();
        }
    }

    /**
     * The package as a ZIP, its entries in name order and dated {@code made} (ofdrw's own packing dates them by the
     * machine's clock): the same document gives the same bytes.
     */
    private static byte[] zip(OFDDir ofd, java.time.Instant made) throws IOException {
        ofd.flush();
        java.nio.file.Path root = java.nio.file.Path.of(ofd.getSysAbsPath());
        java.util.List<java.nio.file.Path> files;
        try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(root)) {
            files = walk.filter(java.nio.file.Files::isRegularFile).sorted().toList();
        }
        java.nio.file.attribute.FileTime time = java.nio.file.attribute.FileTime.from(made);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.nio.file.Path file : files) {
                java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(root.relativize(file).toString()
                        .replace(java.io.File.separatorChar, '/'));
                entry.setLastModifiedTime(time);
                zip.putNextEntry(entry);
                java.nio.file.Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static CT_PageArea area(PDRectangle box) {
        double width = OfdPage.round(box.getWidth() * OfdPage.MM_PER_POINT);
        double height = OfdPage.round(box.getHeight() * OfdPage.MM_PER_POINT);
        return new CT_PageArea().setPhysicalBox(0, 0, width, height).setApplicationBox(0, 0, width, height);
    }
}
