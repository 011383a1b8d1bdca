package org.zhifa.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.zhifa.evidence.CaseDocuments;

/** The text of a PDF in reading order (PDFBox), as a reader of the printed page sees it. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document stored with a case, its lines joined: a value the page broke over two lines reads whole. */
    public static String stored(CaseDocuments documents, String businessKey, String sha256) throws Exception {
        var stored = documents.find(businessKey, sha256).orElseThrow();
        try (InputStream in = documents.open(stored)) {
            return of(in.readAllBytes()).replace("\n", "");
        }
    }
}
