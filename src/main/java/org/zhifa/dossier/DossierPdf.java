package org.zhifa.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.zhifa.documents.DocumentFonts;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.evidence.CaseDocument;
import org.zhifa.evidence.EvidenceExport;
import org.zhifa.record.RecordEntry;
import org.zhifa.record.Verification;

/**
 * The case file as an archivist files it (RM20): 卷宗封面, 卷内文件目录 with each document's number, date and pages, the
 * documents themselves in the order the acts took place, the list of evidence and audio-video records with their RM21
 * notes, the 备考表, and as an annex the full-process record with its hashes. Every page carries its number in the
 * file (卷内页号) at the top right.
 */
@Component
class DossierPdf {

    private static final int DOCUMENT_TEXT_LIMIT = 200_000;
    private static final float TOC_SIZE = 10f;
    private static final float[] TOC_COLUMNS = { 0, 28, 200, 320, 400 };

    /** Who filed the file and who exported this copy of it, for its 备考表. */
    record Keeping(String archivist, Instant archivedAt, String exportedBy, Instant exportedAt) {
    }

    /** A line of the 卷内文件目录. */
    private record Filed(String title, String number, String date, int pages) {
    }

    private final DocumentFonts font;
    private final EvidenceExport export;
    private final DossierSections sections;
    private final ZoneId zone;
    private final DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private final Tika tika = new Tika();

    DossierPdf(DocumentFonts font, EvidenceExport export, Clock clock) {
        this.font = font;
        this.export = export;
        this.zone = clock.getZone();
        this.sections = new DossierSections(zone);
        this.tika.setMaxStringLength(DOCUMENT_TEXT_LIMIT);
    }

    byte[] render(String businessKey, Map<String, String> cover, List<RecordEntry> entries,
            Verification verification, EvidenceExport.CaseFiles files, Map<String, String> paths,
            Map<String, String> people, Map<String, IssuedDocument> issued, Map<Long, String> signed, Keeping keeping)
            throws IOException {
        List<AutoCloseable> opened = new ArrayList<>();
        List<PDDocument> parts = new ArrayList<>();
        try {
            PDDocument coverPart = part(parts, opened, flow -> sections.cover(flow, cover));
            List<PDDocument> documentParts = new ArrayList<>();
            List<Filed> filed = new ArrayList<>();
            for (CaseDocument doc : files.documents()) {
                PDDocument part = document(parts, opened, files, doc);
                documentParts.add(part);
                IssuedDocument made = issued.get(doc.sha256());
                boolean signedBack = made != null && signed.values().stream().anyMatch(v -> v.contains(made.printedCode()));
                filed.add(new Filed(doc.title() + (signedBack ? "（有签名件）" : ""),
                        made == null ? null : made.number(), day.format((made == null ? doc.createdAt() : made.issuedAt()).atZone(zone)),
                        part.getNumberOfPages()));
            }
            PDDocument evidencePart = part(parts, opened, flow -> sections.evidence(flow, entries, files, paths, people,
                    signed));
            int documentPages = filed.stream().mapToInt(Filed::pages).sum();
            PDDocument notesPart = part(parts, opened, flow -> sections.keeping(flow, businessKey, files, entries,
                    verification, documentPages, keeping));
            PDDocument annexPart = part(parts, opened, flow -> sections.record(flow, businessKey, entries,
                    verification, people));
            // the contents' own pages count in its page numbers: laid out again until its length is stable
            int tocPages = Math.max(1, (int) Math.ceil((filed.size() + 4) / (double) PdfFlow.rowsPerPage(TOC_SIZE, 60)));
            PDDocument tocPart;
            for (int attempt = 0;; attempt++) {
                int firstDocumentPage = coverPart.getNumberOfPages() + tocPages + 1;
                tocPart = part(parts, opened, flow -> contents(flow, filed, firstDocumentPage,
                        evidencePart.getNumberOfPages(), notesPart.getNumberOfPages(), annexPart.getNumberOfPages()));
                if (tocPart.getNumberOfPages() == tocPages || attempt == 3) {
                    break;
                }
                tocPages = tocPart.getNumberOfPages();
            }
            try (PDDocument dossier = new PDDocument()) {
                PDDocumentInformation info = dossier.getDocumentInformation();
                info.setTitle("行政执法案卷 " + businessKey);
                info.setCreator("Zhifa 执法");
                PDFMergerUtility merger = new PDFMergerUtility();
                merger.appendDocument(dossier, coverPart);
                merger.appendDocument(dossier, tocPart);
                for (PDDocument part : documentParts) {
                    merger.appendDocument(dossier, part);
                }
                merger.appendDocument(dossier, evidencePart);
                merger.appendDocument(dossier, notesPart);
                merger.appendDocument(dossier, annexPart);
                numberPages(dossier);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                dossier.save(out);
                return out.toByteArray();
            }
        } finally {
            for (PDDocument part : parts) {
                part.close();
            }
            for (AutoCloseable closeable : opened) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // nothing was written through it
                }
            }
        }
    }

    /** The 卷内文件目录: each document with its number, date and pages in the file, then the other parts. */
    private void contents(PdfFlow flow, List<Filed> filed, int firstDocumentPage, int evidencePages, int notesPages,
            int annexPages) throws IOException {
        flow.newPage();
        flow.centred("卷内文件目录", 18);
        flow.space(8);
        flow.row(TOC_SIZE, TOC_COLUMNS, "序号", "文件名称", "文号", "日期", "页号");
        int page = firstDocumentPage;
        int n = 1;
        for (Filed file : filed) {
            flow.row(TOC_SIZE, TOC_COLUMNS, String.valueOf(n++), file.title(), file.number() == null ? "—"
                    : file.number(), file.date(), range(page, file.pages()));
            page += file.pages();
        }
        flow.row(TOC_SIZE, TOC_COLUMNS, String.valueOf(n++), "证据和音像记录清单", "—", "—", range(page, evidencePages));
        page += evidencePages;
        flow.row(TOC_SIZE, TOC_COLUMNS, String.valueOf(n++), "备考表", "—", "—", range(page, notesPages));
        page += notesPages;
        flow.row(TOC_SIZE, TOC_COLUMNS, String.valueOf(n), "附：全过程记录目录及核验说明", "—", "—", range(page, annexPages));
    }

    private static String range(int first, int pages) {
        return pages <= 1 ? String.valueOf(first) : first + "–" + (first + pages - 1);
    }

    /** A stored document as it was issued: its own PDF, or the text of an older HTML document laid out. */
    private PDDocument document(List<PDDocument> parts, List<AutoCloseable> opened, EvidenceExport.CaseFiles files,
            CaseDocument doc) throws IOException {
        if (doc.mediaType().startsWith("application/pdf")) {
            try (InputStream in = export.open(files, doc)) {
                PDDocument pdf = Loader.loadPDF(in.readAllBytes());
                parts.add(pdf);
                return pdf;
            } catch (Exception e) {
                return part(parts, opened, flow -> unreadable(flow, doc, e));
            }
        }
        return part(parts, opened, flow -> {
            flow.newPage();
            flow.heading(doc.title());
            flow.paragraph("SHA-256：" + doc.sha256(), 8, 0);
            flow.space(6);
            flow.paragraph(text(files, doc));
        });
    }

    private static void unreadable(PdfFlow flow, CaseDocument doc, Exception e) throws IOException {
        flow.newPage();
        flow.heading(doc.title());
        flow.paragraph("（文书无法读取：" + e.getMessage() + "；SHA-256 " + doc.sha256() + "）");
    }

    /** What a part of the file writes. */
    private interface Section {
        void write(PdfFlow flow) throws IOException;
    }

    /**
     * A part the server writes, saved and read back: saving embeds the subsets of its fonts, which merging an unsaved
     * document would leave out.
     */
    private PDDocument part(List<PDDocument> parts, List<AutoCloseable> opened, Section section) throws IOException {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        try (PDDocument part = new PDDocument()) {
            PdfFlow flow = new PdfFlow(part, font.load(part, opened));
            section.write(flow);
            flow.close();
            part.save(saved);
        }
        PDDocument part = Loader.loadPDF(saved.toByteArray());
        parts.add(part);
        return part;
    }

    /** 卷内页号: every page's number in the file, at its top right. */
    private static void numberPages(PDDocument dossier) throws IOException {
        PDType1Font digits = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        int n = 1;
        for (PDPage page : dossier.getPages()) {
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream stamp = new PDPageContentStream(dossier, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String number = String.valueOf(n++);
                stamp.beginText();
                stamp.setFont(digits, 11);
                stamp.newLineAtOffset(width - 40 - digits.getStringWidth(number) / 1000 * 11, height - 28);
                stamp.showText(number);
                stamp.endText();
            }
        }
    }

    private String text(EvidenceExport.CaseFiles files, CaseDocument document) {
        try (InputStream in = export.open(files, document)) {
            return tika.parseToString(in).strip();
        } catch (Exception e) {
            return "（文书内容无法读取：" + e.getMessage() + "；原文件见卷内文件）";
        }
    }
}
