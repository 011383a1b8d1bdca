package org.zhifa.evidence;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.NotPermitted;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StateConflict;


/**
 * Reading evidence (RM22): only by those who may see the case ({@link CaseAccess}), each list, view
 * and download — and each refused attempt — written to the access log first.
 */
@Service
public class EvidenceAccess {

    private final EvidenceItems items;
    private final AccessLog accessLog;
    private final ObjectStorage storage;
    private final CaseAccess caseAccess;
    private final TransactionTemplate separately;

    EvidenceAccess(EvidenceItems items, AccessLog accessLog, ObjectStorage storage, CaseAccess caseAccess,
            PlatformTransactionManager transactions) {
        this.items = items;
        this.accessLog = accessLog;
        this.storage = storage;
        this.caseAccess = caseAccess;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Whether the user may see the case at all (RM22): reviewing and oversight roles see every case, anyone else only
     * the cases they took part in. The full-process record of a case is shown on the same terms as its evidence.
     */
    public boolean maySeeCase(String user, Collection<String> groups, String businessKey) {
        return caseAccess.maySee(user, groups, businessKey);
    }

    @Transactional
    public List<EvidenceItem> ofCase(String businessKey, String user, Collection<String> groups) {
        allowed(user, groups, businessKey, null);
        List<EvidenceItem> found = items.ofCase(businessKey);
        accessLog.append(user, "list", null, businessKey, null, "查看证据清单（" + found.size() + " 件）");
        return found;
    }

    @Transactional
    public EvidenceItem view(long id, String user, Collection<String> groups) {
        EvidenceItem item = find(id);
        allowed(user, groups, item.businessKey(), item);
        accessLog.append(user, "view", item, "查看证据信息");
        return item;
    }

    /**
     * Opens the original for download, logging who and why first.
     *
     * @throws Refusal invalid without a reason; not found for an unknown id
     */
    @Transactional
    public Download download(long id, String user, Collection<String> groups, String reason) throws Exception {
        String why = AccessLog.reason(reason, "下载证据原件");
        EvidenceItem item = find(id);
        allowed(user, groups, item.businessKey(), item);
        // checked before the download is logged: a refusal logs its alert in a transaction of its own
        InputStream content = open(item, user);
        accessLog.append(user, "download", item, why);
        return new Download(item, content);
    }

    /**
     * The original's bytes, never served if they no longer match the SHA-256 recorded at intake (RM23, RM24.4): the
     * refusal is a state conflict and an alert in the access log, which the refusal does not undo.
     */
    public InputStream open(EvidenceItem item, String user) throws Exception {
        return verified(item.objectKey(), item.sha256(), item.id(), item.businessKey(), user, "证据 " + item.id());
    }

    /** {@link #open(EvidenceItem, String)} for a generated document of a case. */
    public InputStream open(CaseDocument document, String businessKey, String user) throws Exception {
        return verified(document.objectKey(), document.sha256(), null, businessKey, user, "文书 " + document.title());
    }

    private InputStream verified(String key, String sha256, Long evidenceId, String businessKey, String user,
            String what) throws Exception {
        try {
            return storage.openVerified(key, sha256);
        } catch (ObjectStorage.ContentChangedException e) {
            separately.executeWithoutResult(status -> accessLog.append(user, "tampered", evidenceId, businessKey, sha256,
                    "告警：" + what + " 的存储内容与入库时的 SHA-256 不符，已拒绝提供（RM24.4）"));
            throw new StateConflict(what + " 的存储内容与入库时记录的 SHA-256 不一致，可能已被改动：已拒绝提供，"
                    + "并记入访问日志告警（RM23、RM24.4）；请联系执法监督人员");
        }
    }

    /** An original being downloaded; the caller closes the stream. */
    public record Download(EvidenceItem item, InputStream content) {
    }

    /** RM22: refused attempts are logged too, in a transaction of their own that the refusal does not undo. */
    private void allowed(String user, Collection<String> groups, String businessKey, EvidenceItem item) {
        if (!caseAccess.maySee(user, groups, businessKey)) {
            separately.executeWithoutResult(status -> accessLog.append(user, "denied", item == null ? null : item.id(),
                    businessKey, item == null ? null : item.sha256(), "无权查看本案证据"));
            throw new NotPermitted(user + " 未参与案件 " + businessKey + " 的办理，无权查看其证据（RM22）");
        }
    }

    private EvidenceItem find(long id) {
        return items.find(id).orElseThrow(() -> new NotFound("证据 " + id + " 不存在"));
    }
}
