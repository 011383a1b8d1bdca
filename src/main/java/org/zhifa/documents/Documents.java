package org.zhifa.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.evidence.CaseDocument;
import org.zhifa.evidence.CaseDocuments;
import org.zhifa.shared.Unavailable;

/**
 * Issues statutory documents (RM3): the agency's template of the kind filled with the values the step passes, laid
 * out as PDF (a decision also as OFD), stored with the case by SHA-256 together with its text, and written down with
 * its number, date,
 * template versions and verification code — in the caller's transaction, so that a step that fails issues nothing.
 */
@Service
public class Documents {

    /** How documents write dates: 2026年3月5日. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /**
     * What a step asks for.
     *
     * @param number the 文号, for a kind that has one (decisions: numbered by their module), else null
     * @param values the values of the kind ({@link DocumentKind#names()}), read from where the server keeps them;
     *               a missing one is empty in the document
     * @param step   the case step (BPMN activity id) that performs the act
     * @param actor  who performs the act (the user completing the step, or {@code system})
     */
    public record Issue(DocumentKind kind, String businessKey, String step, String agencyCode, String agencyName, String number,
            LocalDate date, Map<String, Object> values, String actor) {
    }

    /**
     * What was issued, with the stored PDF.
     *
     * @param ofd a decision's OFD copy as stored, else null
     */
    public record Issued(IssuedDocument document, CaseDocument stored, CaseDocument ofd) {
    }

    private final DocumentTemplates templates;
    private final DocumentRenderer renderer;
    private final CaseDocuments storage;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String verifyAddress;

    Documents(DocumentTemplates templates, DocumentRenderer renderer, CaseDocuments storage, JdbcTemplate jdbc,
            Clock clock, @Value("${zhifa.public-url:}") String publicUrl) {
        this.templates = templates;
        this.renderer = renderer;
        this.storage = storage;
        this.jdbc = jdbc;
        this.clock = clock;
        this.verifyAddress = publicUrl.replaceAll("/+$", "") + "/portal/documents/verify";
    }

    /**
     * @throws IllegalArgumentException for a value the kind does not have (a programming error, not the user's)
     * @throws org.zhifa.shared.Unavailable when the server has no Chinese font to embed
     */
    @Transactional
    public Issued issue(Issue issue) {
        DocumentKind kind = issue.kind();
        Map<String, Object> values = new HashMap<>();
        kind.names().forEach(name -> values.put(name, null));
        issue.values().forEach((name, value) -> {
            if (!kind.names().contains(name)) {
                throw new IllegalArgumentException(kind.key() + " has no value " + name);
            }
            values.put(name, value);
        });
        String code = VerificationCodes.next();
        if (values.get("caseNumber") == null) {
            // a case without a number of its own (a routine inspection) is known by its business key
            values.put("caseNumber", issue.businessKey());
        }
        values.put("agencyName", issue.agencyName());
        values.put("documentTitle", kind.title());
        values.put("documentNumber", issue.number());
        values.put("documentDate", DATE.format(issue.date()));
        values.put("verificationCode", VerificationCodes.printed(code));
        values.put("verifyAddress", verifyAddress);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        DocumentRenderer.Text text = renderer.fill(templates.set(issue.agencyCode()), kind.key(), values);
        DocumentRenderer.Pdf pdf;
        try {
            // laid out, and a decision drawn as OFD too, before anything is stored: a failure leaves nothing behind
            pdf = kind.decision() ? renderer.pdfAndOfd(text.xhtml(), kind.title(), new OfdCopies.About(kind.title(),
                    issue.agencyName(), issue.number(), VerificationCodes.printed(code), issue.date(), now))
                    : renderer.pdf(text.xhtml(), kind.title(), now);
        } catch (Unavailable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Unavailable("文书 " + kind.title() + " 无法排版" + (kind.decision() ? "或生成 OFD 版式文件" : "") + "："
                    + e.getMessage() + "。本步骤未完成，请联系系统管理员");
        }
        String name = issue.number() == null ? kind.title() : kind.title() + "-" + issue.number();
        CaseDocument stored = storage.store(issue.businessKey(), kind.title(), name + ".pdf", "application/pdf",
                pdf.bytes(), issue.actor());
        String textSha256 = storage.storeObject(name + ".xhtml", "application/xhtml+xml;charset=UTF-8",
                text.xhtml().getBytes(StandardCharsets.UTF_8));
        CaseDocument ofd = pdf.ofd() == null ? null : storage.store(issue.businessKey(), kind.title(), name + ".ofd",
                OfdCopies.MEDIA_TYPE, pdf.ofd(), issue.actor());
        String ofdSha256 = ofd == null ? null : ofd.sha256();
        IssuedDocument document = new IssuedDocument(code, issue.businessKey(), issue.step(), kind, kind.title(), issue.number(),
                issue.agencyCode(), issue.agencyName(), issue.date(), now, issue.actor(), stored.sha256(), textSha256,
                ofdSha256, pdf.pages(), text.templates().stream().map(DocumentTemplate::reference).toList());
        insert(document);
        return new Issued(document, stored, ofd);
    }

    /**
     * One penalty of a decision or notice, as its templates read it ({@code penalty.name}, {@code .amount},
     * {@code .items}).
     *
     * @param amount the sum in yuan of a fine or confiscated gains, else null
     * @param items  what is confiscated, else null
     */
    public static Map<String, Object> penalty(String name, java.math.BigDecimal amount, String items) {
        Map<String, Object> penalty = new HashMap<>();
        penalty.put("name", name);
        penalty.put("amount", amount);
        penalty.put("items", items);
        return penalty;
    }

    /** One point a review checked ({@code check.label}, {@code check.passed}). */
    public static Map<String, Object> check(String label, boolean passed) {
        Map<String, Object> check = new HashMap<>();
        check.put("label", label);
        check.put("passed", passed);
        return check;
    }

    /** A kind's document for an imaginary case, from the templates an agency's documents would be made from. */
    public byte[] specimen(DocumentKind kind, String agencyCode) throws IOException {
        DocumentRenderer.Text text = renderer.fill(templates.set(agencyCode), kind.key(), Specimens.of(kind));
        return renderer.pdf(text.xhtml(), "样张：" + kind.title(), Instant.now(clock)).bytes();
    }

    /** The documents issued for a case, in the order they were issued. */
    @Transactional(readOnly = true)
    public List<IssuedDocument> of(String businessKey) {
        return jdbc.query("select * from issued_documents where business_key = ? order by id", ROW, businessKey);
    }

    /** The document a verification code belongs to, typed in any case and spacing. */
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> byCode(String typed) {
        String code = VerificationCodes.normalise(typed);
        return code == null ? Optional.empty()
                : jdbc.query("select * from issued_documents where code = ?", ROW, code).stream().findFirst();
    }

    /**
     * The text of an issued document as it reads (without page furniture), checked against its stored hash.
     *
     * @return empty if {@code sha256} is no document this module issued for the case (an older HTML document)
     */
    public Optional<String> text(String businessKey, String sha256) throws Exception {
        Optional<IssuedDocument> document = jdbc.query("select * from issued_documents where business_key = ? and "
                + "sha256 = ? order by id", ROW, businessKey, sha256).stream().findFirst();
        if (document.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = storage.openObject(document.get().textSha256())) {
            return Optional.of(DocumentText.of(in.readAllBytes()));
        }
    }

    private void insert(IssuedDocument d) {
        try {
            jdbc.update("insert into issued_documents (code, business_key, step, kind, title, document_number, "
                    + "agency_code, agency_name, issued_on, issued_at, issued_by, sha256, text_sha256, pages, templates, "
                    + "ofd_sha256) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                        ps.setString(1, d.code());
                        ps.setString(2, d.businessKey());
                        ps.setString(3, d.step());
                        ps.setString(4, d.kind().key());
                        ps.setString(5, d.title());
                        ps.setString(6, d.number());
                        ps.setString(7, d.agencyCode());
                        ps.setString(8, d.agencyName() == null ? "" : d.agencyName());
                        ps.setObject(9, d.issuedOn());
                        ps.setTimestamp(10, Timestamp.from(d.issuedAt()), UTC);
                        ps.setString(11, d.issuedBy());
                        ps.setString(12, d.sha256());
                        ps.setString(13, d.textSha256());
                        ps.setInt(14, d.pages());
                        ps.setString(15, String.join(",", d.templates()));
                        ps.setString(16, d.ofdSha256());
                    });
        } catch (DuplicateKeyException sameCodeTwice) {
            throw new org.zhifa.shared.StateConflict("文书校验码与已有文书重复（极少发生），请重新提交本步骤", sameCodeTwice);
        }
    }

    private static final RowMapper<IssuedDocument> ROW = (rs, n) -> new IssuedDocument(rs.getString("code"),
            rs.getString("business_key"), rs.getString("step"), DocumentKind.byKey(rs.getString("kind")).orElse(null), rs.getString("title"),
            rs.getString("document_number"), rs.getString("agency_code"), rs.getString("agency_name"),
            rs.getObject("issued_on", LocalDate.class), rs.getTimestamp("issued_at", UTC).toInstant(),
            rs.getString("issued_by"), rs.getString("sha256"), rs.getString("text_sha256"), rs.getString("ofd_sha256"),
            rs.getInt("pages"),
            List.of(rs.getString("templates").split(",")));
}
