package org.zhifa.evidence;

import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.shared.Refusal;


/**
 * Everything stored for a case, for its dossier (卷宗, RM19–RM21): evidence with its notes, generated documents, and
 * their bytes. An export is an access like any other (RM22): allowed to those who may see the case's evidence, with a
 * reason, and written to the access log item by item before any byte leaves.
 */
@Service
public class EvidenceExport {

    /** A case's stored files: evidence (originals and copies) with their RM21 notes, and generated documents. */
    public record CaseFiles(String businessKey, List<EvidenceItem> evidence, Map<Long, List<EvidenceNotes.Note>> notes,
            List<CaseDocument> documents, String exportedBy) {
    }

    private final EvidenceItems items;
    private final EvidenceNotes notes;
    private final CaseDocuments documents;
    private final CaseAccess caseAccess;
    private final AccessLog accessLog;
    private final EvidenceAccess access;

    EvidenceExport(EvidenceItems items, EvidenceNotes notes, CaseDocuments documents, CaseAccess caseAccess,
            AccessLog accessLog, EvidenceAccess access) {
        this.items = items;
        this.notes = notes;
        this.documents = documents;
        this.caseAccess = caseAccess;
        this.accessLog = accessLog;
        this.access = access;
    }

    /**
     * @param withContent whether the files themselves leave (a ZIP) or only their index (the PDF)
     * @throws Refusal invalid without a reason, not permitted for someone who may not see the case's evidence
     */
    @Transactional
    public CaseFiles export(String businessKey, String user, Collection<String> groups, String reason,
            boolean withContent) {
        String why = AccessLog.reason(reason, "导出卷宗");
        caseAccess.requireSee(user, groups, businessKey, "导出本案卷宗");
        List<EvidenceItem> evidence = items.ofCase(businessKey);
        Map<Long, List<EvidenceNotes.Note>> notesById = new LinkedHashMap<>();
        String what = withContent ? "导出卷宗（含文件）：" : "导出卷宗目录：";
        for (EvidenceItem item : evidence) {
            notesById.put(item.id(), notes.of(item.id()));
            accessLog.append(user, "export", item, what + why);
        }
        if (evidence.isEmpty()) {
            accessLog.append(user, "export", null, businessKey, null, what + why);
        }
        return new CaseFiles(businessKey, evidence, notesById, documents.of(businessKey), user);
    }

    /**
     * The bytes of a piece of evidence of an export, checked against its recorded SHA-256; the caller closes the
     * stream.
     *
     * @throws Refusal a state conflict if the stored bytes changed (an alert is logged; nothing is served)
     */
    public InputStream open(CaseFiles files, EvidenceItem item) throws Exception {
        return access.open(item, files.exportedBy());
    }

    /** The bytes of a generated document of an export; see {@link #open(CaseFiles, EvidenceItem)}. */
    public InputStream open(CaseFiles files, CaseDocument document) throws Exception {
        return access.open(document, files.businessKey(), files.exportedBy());
    }
}
