package org.zhifa.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Service;
import org.zhifa.cases.CaseSummaries;
import org.zhifa.cases.CaseSummaries.CaseSummary;
import org.zhifa.directory.Directory;
import org.zhifa.documents.DocumentFonts;
import org.zhifa.documents.Documents;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.documents.SignedCopies;
import org.zhifa.engine.EngineCalls;
import org.zhifa.evidence.CaseDocument;
import org.zhifa.evidence.EvidenceExport;
import org.zhifa.evidence.EvidenceItem;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.RecordEntry;
import org.zhifa.record.Verification;
import org.zhifa.shared.FileNames;
import org.zhifa.shared.Refusal;

/**
 * The case file (卷宗, RM19–RM21): a PDF in the order of an enforcement 卷宗 ({@link DossierPdf}); and a ZIP of the PDF, the evidence
 * files and the documents with a {@code SHA256SUMS} manifest that anyone can check with {@code sha256sum -c}.
 * Exporting is logged item by item in the evidence access log (RM22).
 */
@Service
public class Dossier {

    /** The PDF's file name inside the ZIP. */
    public static final String PDF_NAME = "卷宗.pdf";
    public static final String MANIFEST = "SHA256SUMS";

    /** What a dossier is made of, gathered before any byte is sent, so that a refusal is still a clean error. */
    public record Contents(String businessKey, Map<String, String> cover, List<RecordEntry> entries,
            Verification verification, EvidenceExport.CaseFiles files, byte[] pdf, Map<String, String> paths) {
    }

    private final CaseRecord caseRecord;
    private final CaseSummaries cases;
    private final EvidenceExport export;
    private final DocumentFonts font;
    private final DossierPdf pdf;
    private final Directory directory;
    private final Documents documents;
    private final SignedCopies signedCopies;
    private final ProcessEngine engine;
    private final Clock clock;
    private final ZoneId zone;
    private final DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    Dossier(CaseRecord caseRecord, CaseSummaries cases, EvidenceExport export, DocumentFonts font, DossierPdf pdf,
            Directory directory, Documents documents, SignedCopies signedCopies, ProcessEngine engine, Clock clock) {
        this.documents = documents;
        this.signedCopies = signedCopies;
        this.pdf = pdf;
        this.cases = cases;
        this.caseRecord = caseRecord;
        this.export = export;
        this.font = font;
        this.directory = directory;
        this.engine = engine;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /**
     * Checks the request, logs the export and renders the PDF.
     *
     * @param withFiles whether the files will follow (ZIP) or only the PDF
     * @throws org.zhifa.shared.NotFound for a case without a record
     * @throws org.zhifa.shared.Unavailable when the server has no Chinese font to embed
     */
    public Contents prepare(String businessKey, String user, Collection<String> groups, String reason,
            boolean withFiles) throws IOException {
        List<RecordEntry> entries = caseRecord.entries(businessKey);
        font.require();
        EvidenceExport.CaseFiles files = export.export(businessKey, user, groups, reason, withFiles);
        Verification verification = caseRecord.verify(businessKey);
        Map<String, String> paths = paths(files);
        Optional<CaseSummary> summary = cases.summary(businessKey);
        List<IssuedDocument> made = documents.of(businessKey);
        // the 卷宗 files each document once, as its PDF; the ZIP keeps the decisions' OFD copies beside them
        java.util.Set<String> ofdCopies = made.stream().map(IssuedDocument::ofdSha256).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        EvidenceExport.CaseFiles filed = new EvidenceExport.CaseFiles(files.businessKey(), files.evidence(),
                files.notes(), files.documents().stream().filter(d -> !ofdCopies.contains(d.sha256())).toList(),
                files.exportedBy());
        Map<String, String> people = people(entries, files, user, summary.map(CaseSummary::archivedBy).orElse(null));
        Map<String, String> cover = cover(businessKey, summary, entries, filed, verification, people, user);
        Map<String, IssuedDocument> issued = new HashMap<>();
        Map<Long, String> signed = new HashMap<>();
        Map<String, List<SignedCopies.SignedCopy>> copies = signedCopies.of(businessKey);
        for (IssuedDocument d : made) {
            issued.putIfAbsent(d.sha256(), d);
            copies.getOrDefault(d.code(), List.of()).forEach(copy -> signed.put(copy.evidenceId(),
                    d.title() + "（校验码 " + d.printedCode() + "）"));
        }
        DossierPdf.Keeping keeping = new DossierPdf.Keeping(summary.map(CaseSummary::archivedBy).map(people::get)
                .orElse(null), summary.map(CaseSummary::archivedAt).orElse(null), people.get(user), Instant.now(clock));
        return new Contents(businessKey, cover, entries, verification, files,
                pdf.render(businessKey, cover, entries, verification, filed, paths, people, issued, signed, keeping),
                paths);
    }

    /** Streams the ZIP: a folder named after the case with the PDF, 证据/, 文书/ and the manifest, written last. */
    public void writeZip(Contents contents, OutputStream out) throws Exception {
        String root = safe(contents.businessKey()) + "/";
        Map<String, String> sums = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(root + PDF_NAME));
            zip.write(contents.pdf());
            zip.closeEntry();
            sums.put(PDF_NAME, sha256(contents.pdf()));
            for (EvidenceItem item : contents.files().evidence()) {
                String path = contents.paths().get("e" + item.id());
                copy(zip, root, path, () -> export.open(contents.files(), item));
                sums.put(path, item.sha256());
            }
            List<CaseDocument> documents = contents.files().documents();
            for (int i = 0; i < documents.size(); i++) {
                CaseDocument document = documents.get(i);
                String path = contents.paths().get("d" + i);
                copy(zip, root, path, () -> export.open(contents.files(), document));
                sums.put(path, document.sha256());
            }
            // the manifest holds the hashes recorded at intake: a stored file that changed since fails the check
            StringBuilder manifest = new StringBuilder();
            sums.forEach((path, sum) -> manifest.append(sum).append("  ").append(path).append('\n'));
            zip.putNextEntry(new ZipEntry(root + MANIFEST));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private Map<String, String> paths(EvidenceExport.CaseFiles files) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (EvidenceItem item : files.evidence()) {
            String name = item.fileName() == null ? item.sha256() : item.fileName();
            paths.put("e" + item.id(), "证据/" + item.id() + "-" + safe(name));
        }
        for (int i = 0; i < files.documents().size(); i++) {
            paths.put("d" + i, "文书/" + (i + 1) + "-" + safe(files.documents().get(i).fileName()));
        }
        return paths;
    }

    /** 卷宗封面: agency, case, party, dates, result, retention, who filed it. */
    private Map<String, String> cover(String businessKey, Optional<CaseSummary> summary, List<RecordEntry> entries,
            EvidenceExport.CaseFiles files, Verification verification, Map<String, String> people, String user) {
        Map<String, String> cover = new LinkedHashMap<>();
        summary.filter(c -> c.agencyCode() != null).ifPresent(c -> cover.put("执法机关", directory.agency(c.agencyCode())
                .map(a -> a.getName()).orElse(c.agencyCode())));
        cover.put("案件编号", businessKey);
        summary.ifPresent(c -> {
            cover.put("案件类型", c.kind());
            put(cover, "案由", c.cause());
            put(cover, "申请事项", c.serviceItem());
            put(cover, "当事人", c.party());
            put(cover, "处理结果", c.decisionNumber() == null ? null : "决定书 " + c.decisionNumber());
            cover.put("开始日期", minutes.format(c.startedAt().atZone(zone)));
            cover.put("结案日期", c.endedAt() == null ? "办理中" : minutes.format(c.endedAt().atZone(zone)));
            put(cover, "卷宗号", c.dossierNumber());
            put(cover, "保管期限", c.retentionYears() == null ? null : c.retentionYears() + " 年");
            put(cover, "立卷人", c.archivedBy() == null ? null : people.get(c.archivedBy()));
        });
        cover.put("卷内", "全过程记录 " + entries.size() + " 条，证据和音像记录 " + files.evidence().size() + " 件，执法文书 "
                + files.documents().size() + " 件");
        cover.put("全过程记录校验", verification.valid() ? "完整（末条哈希 " + verification.lastHash() + "）"
                : "不完整：第 " + verification.brokenSeq() + " 条，" + verification.reason());
        cover.put("生成", minutes.format(Instant.now(clock).atZone(zone)) + "，" + people.get(user));
        return cover;
    }

    /** "张三（zhangsan）" for every user id the dossier names. */
    private Map<String, String> people(List<RecordEntry> entries, EvidenceExport.CaseFiles files, String user,
            String archivist) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        ids.add(user);
        if (archivist != null) {
            ids.add(archivist);
        }
        entries.stream().map(RecordEntry::getActor).filter(java.util.Objects::nonNull).forEach(ids::add);
        files.evidence().forEach(item -> ids.add(item.uploadedBy()));
        files.documents().forEach(document -> ids.add(document.createdBy()));
        Map<String, String> people = new LinkedHashMap<>();
        ids.forEach(id -> people.put(id, id));
        EngineCalls.asServer(engine, () -> {
            engine.getIdentityService().createUserQuery().userIdIn(ids.toArray(String[]::new)).list()
                    .forEach(u -> people.put(u.getId(), ((u.getLastName() == null ? "" : u.getLastName())
                            + (u.getFirstName() == null ? "" : u.getFirstName())).strip() + "（" + u.getId() + "）"));
            return null;
        });
        return people;
    }

    /** What a file of the dossier is opened with. */
    private interface Opening {
        InputStream open() throws Exception;
    }

    /**
     * Puts a stored file into the ZIP; one whose bytes changed in storage is left out (and logged as an alert): a note
     * in its place says so, and the manifest, which holds the hash recorded at intake, fails for it.
     */
    private static void copy(ZipOutputStream zip, String root, String path, Opening opening) throws Exception {
        InputStream in;
        try {
            in = opening.open();
        } catch (Refusal e) {
            zip.putNextEntry(new ZipEntry(root + path + ".未导出.txt"));
            zip.write((path + " 未导出：" + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            return;
        }
        zip.putNextEntry(new ZipEntry(root + path));
        try (in) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    private static void put(Map<String, String> cover, String label, Object value) {
        if (value != null && !value.toString().isBlank()) {
            cover.put(label, value.toString());
        }
    }

    /** A file or folder name that is safe inside a ZIP: no separators, no control characters, no leading dots. */
    static String safe(String name) {
        return FileNames.safe(name, "_");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
