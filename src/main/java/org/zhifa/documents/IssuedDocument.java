package org.zhifa.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document the server issued for a case, as the dossier, the portal's verification and the case's document list
 * know it.
 *
 * @param code       the verification code printed on every page, e.g. {@code 7K3Q-M2XD-9HFP}
 * @param step       the case step (BPMN activity id) that issued it
 * @param number     the 文号, or null for a document without one
 * @param sha256     the PDF's SHA-256, as stored with the case
 * @param textSha256 the SHA-256 of the XHTML the PDF was laid out from (its text, for publication)
 * @param ofdSha256  the SHA-256 of its OFD copy (GB/T 33190), stored with the case beside the PDF: decisions only,
 *                   else null
 * @param templates  the template versions it was made from ({@link DocumentTemplate#reference()}), its kind's first
 */
public record IssuedDocument(String code, String businessKey, String step, DocumentKind kind, String title, String number,
        String agencyCode, String agencyName, LocalDate issuedOn, Instant issuedAt, String issuedBy, String sha256,
        String textSha256, String ofdSha256, int pages, List<String> templates) {

    /** The code as printed: groups of four. */
    public String printedCode() {
        return VerificationCodes.printed(code);
    }
}
