package org.zhifa.evidence;

import java.io.InputStream;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.minio.GetObjectArgs;

/** Reading evidence, each view and download written to the access log first (RM22). */
@Service
public class EvidenceAccess {

    private final EvidenceItems items;
    private final AccessLog accessLog;
    private final ObjectStorage storage;

    EvidenceAccess(EvidenceItems items, AccessLog accessLog, ObjectStorage storage) {
        this.items = items;
        this.accessLog = accessLog;
        this.storage = storage;
    }

    @Transactional
    public List<EvidenceItem> ofCase(String businessKey, String user) {
        List<EvidenceItem> found = items.ofCase(businessKey);
        accessLog.append(user, "list", null, businessKey, null, "查看证据清单（" + found.size() + " 件）");
        return found;
    }

    @Transactional
    public EvidenceItem view(long id, String user) {
        EvidenceItem item = find(id);
        accessLog.append(user, "view", item, "查看证据信息");
        return item;
    }

    /**
     * Opens the original for download, logging who and why first.
     *
     * @throws EvidenceException 400 without a reason, 404 for an unknown id
     */
    @Transactional
    public Download download(long id, String user, String reason) throws Exception {
        if (reason == null || reason.isBlank()) {
            throw new EvidenceException(400, "下载证据原件须写明用途（reason）");
        }
        EvidenceItem item = find(id);
        accessLog.append(user, "download", item, reason.strip());
        InputStream content = storage.client().getObject(GetObjectArgs.builder().bucket(storage.bucket())
                .object(item.objectKey()).build());
        return new Download(item, content);
    }

    /** An original being downloaded; the caller closes the stream. */
    public record Download(EvidenceItem item, InputStream content) {
    }

    private EvidenceItem find(long id) {
        return items.find(id).orElseThrow(() -> new EvidenceException(404, "证据 " + id + " 不存在"));
    }
}
