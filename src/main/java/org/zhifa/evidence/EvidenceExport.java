package org.zhifa.evidence;

import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.minio.GetObjectArgs;

/**
 * Everything stored for a case, for its dossier (卷宗, RM19–RM21): evidence with its notes, generated documents, and
 * their bytes. An export is an access like any other (RM22): allowed to those who may see the case's evidence, with a
 * reason, and written to the access log item by item before any byte leaves.
 */
@Service
public class EvidenceExport {

    /** A case's stored files: evidence (originals and copies) with their RM21 notes, and generated documents. */
    public record CaseFiles(String businessKey, List<EvidenceItem> evidence, Map<Long, List<EvidenceNotes.Note>> notes,
            List<CaseDocument> documents) {
    }

    private final EvidenceItems items;
    private final EvidenceNotes notes;
    private final CaseDocuments documents;
    private final CaseInvolvement involvement;
    private final AccessLog accessLog;
    private final ObjectStorage storage;
    private final TransactionTemplate separately;

    EvidenceExport(EvidenceItems items, EvidenceNotes notes, CaseDocuments documents, CaseInvolvement involvement,
            AccessLog accessLog, ObjectStorage storage, PlatformTransactionManager transactions) {
        this.items = items;
        this.notes = notes;
        this.documents = documents;
        this.involvement = involvement;
        this.accessLog = accessLog;
        this.storage = storage;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @param withContent whether the files themselves leave (a ZIP) or only their index (the PDF)
     * @throws EvidenceException 400 without a reason, 403 for someone who may not see the case's evidence
     */
    @Transactional
    public CaseFiles export(String businessKey, String user, Collection<String> groups, String reason,
            boolean withContent) {
        if (reason == null || reason.isBlank()) {
            throw new EvidenceException(400, "导出卷宗须写明用途（reason）");
        }
        if (!involvement.maySee(user, groups, businessKey)) {
            separately.executeWithoutResult(status -> accessLog.append(user, "denied", null, businessKey, null,
                    "无权导出本案卷宗"));
            throw new EvidenceException(403, user + " 未参与案件 " + businessKey + " 的办理，无权导出其卷宗（RM22）");
        }
        List<EvidenceItem> evidence = items.ofCase(businessKey);
        Map<Long, List<EvidenceNotes.Note>> notesById = new LinkedHashMap<>();
        String what = withContent ? "导出卷宗（含文件）：" : "导出卷宗目录：";
        for (EvidenceItem item : evidence) {
            notesById.put(item.id(), notes.of(item.id()));
            accessLog.append(user, "export", item, what + reason.strip());
        }
        if (evidence.isEmpty()) {
            accessLog.append(user, "export", null, businessKey, null, what + reason.strip());
        }
        return new CaseFiles(businessKey, evidence, notesById, documents.of(businessKey));
    }

    /** The bytes of a piece of evidence from an export; the caller closes the stream. */
    public InputStream open(EvidenceItem item) throws Exception {
        return storage.client().getObject(GetObjectArgs.builder().bucket(storage.bucket()).object(item.objectKey())
                .build());
    }

    /** The bytes of a generated document from an export; the caller closes the stream. */
    public InputStream open(CaseDocument document) throws Exception {
        return documents.open(document);
    }
}
