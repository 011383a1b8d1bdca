package org.zhifa.documents;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.evidence.CaseAccess;
import org.zhifa.evidence.EvidenceIntake;
import org.zhifa.evidence.EvidenceItem;
import org.zhifa.evidence.IntakeRequest;
import org.zhifa.shared.NotFound;

/**
 * The signed paper copies of a case's documents (the party's signature on a 询问笔录 or 送达回证), scanned back: each
 * is stored as evidence of kind {@code document} at the step that issued the document, under the evidence rules
 * (type, hash, access, retention), and linked to the original by its verification code.
 */
@Service
public class SignedCopies {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /** A scan linked to its document. */
    public record SignedCopy(String documentCode, long evidenceId, Instant linkedAt, String linkedBy) {
    }

    private final Documents documents;
    private final EvidenceIntake intake;
    private final CaseAccess caseAccess;
    private final DocumentSettings settings;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignedCopies(Documents documents, EvidenceIntake intake, CaseAccess caseAccess, DocumentSettings settings,
            JdbcTemplate jdbc, Clock clock) {
        this.caseAccess = caseAccess;
        this.settings = settings;
        this.documents = documents;
        this.intake = intake;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores the scan of a case's document and links it.
     *
     * @param code the verification code printed on the document, in any case and spacing
     * @throws NotFound if the code is no document of this case
     */
    @Transactional
    public EvidenceItem attach(String businessKey, String code, String fileName, String declaredType,
            String declaredSha256, InputStream body, String user, Collection<String> groups) {
        // who may not add to the case learns nothing of its documents
        caseAccess.requireAdd(user, groups, businessKey, "向本案添加文书签名件");
        IssuedDocument document = documents.byCode(code).filter(d -> d.businessKey().equals(businessKey))
                .orElseThrow(() -> new NotFound("案件 " + businessKey + " 没有校验码为 " + shorten(code) + " 的文书"));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        EvidenceItem item = intake.ingest(new IntakeRequest(businessKey, document.step(), "document", List.of("documents"),
                null, DateTimeFormatter.ISO_INSTANT.format(now), null, null, fileName, declaredType, declaredSha256, null),
                body, user, groups);
        jdbc.update("insert into signed_copies (business_key, document_code, evidence_id, linked_at, linked_by) "
                + "values (?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, businessKey);
                    ps.setString(2, document.code());
                    ps.setLong(3, item.id());
                    ps.setTimestamp(4, Timestamp.from(now), UTC);
                    ps.setString(5, user);
                });
        return item;
    }

    /** A case's signed copies, by the code of the document each belongs to. */
    @Transactional(readOnly = true)
    public Map<String, List<SignedCopy>> of(String businessKey) {
        return jdbc.query("select * from signed_copies where business_key = ? order by id", (rs, n) -> new SignedCopy(
                rs.getString("document_code"), rs.getLong("evidence_id"),
                rs.getTimestamp("linked_at", UTC).toInstant(), rs.getString("linked_by")), businessKey)
                .stream().collect(Collectors.groupingBy(SignedCopy::documentCode));
    }

    /**
     * What a case still lacks before it can be archived (RM20): a document its path required that was not issued,
     * and a signed copy its agency requires that was not scanned back.
     *
     * @param required the kinds the steps the case passed issue
     * @return one line per missing document or copy, in Chinese; empty when nothing is missing
     */
    @Transactional(readOnly = true)
    public List<String> missingForArchive(String businessKey, String agencyCode, java.util.Set<DocumentKind> required) {
        List<IssuedDocument> issued = documents.of(businessKey);
        List<String> missing = new java.util.ArrayList<>();
        required.stream().sorted().filter(kind -> issued.stream().noneMatch(d -> d.kind() == kind))
                .forEach(kind -> missing.add("缺少文书“" + kind.title() + "”"));
        Map<String, List<SignedCopy>> copies = of(businessKey);
        List<DocumentKind> signed = settings.signedCopiesOf(agencyCode);
        issued.stream().filter(d -> signed.contains(d.kind())).filter(d -> !copies.containsKey(d.code()))
                .forEach(d -> missing.add("未上传“" + d.title() + "”（校验码 " + d.printedCode() + "）的签名件扫描件"));
        return missing;
    }

    private static String shorten(String code) {
        return code == null ? "" : code.length() > 40 ? code.substring(0, 40) : code;
    }
}
