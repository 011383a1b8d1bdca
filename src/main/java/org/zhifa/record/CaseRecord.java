package org.zhifa.record;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.engine.BusinessKeys;
import org.zhifa.shared.NotFound;


/**
 * Appends steps to a case's record and checks the record later. Appending joins the caller's transaction (the
 * engine's), so a step that rolls back leaves no entry and a step whose entry cannot be written does not commit.
 */
@Service
public class CaseRecord {

    /** In the detail of an entry for variables changed beside the steps: the list of changes. */
    public static final String CHANGES = "changes";
    /** In a change: the SHA-256 of the value before, as the record knew it (null if it never held one). */
    public static final String OLD_VALUE = "old";
    /** In a change: the SHA-256 of the value written (null for a removal). */
    public static final String NEW_VALUE = "new";

    private final RecordEntries entries;
    private final RecordChains chains;
    private final RecordWriter writer;
    private final Checkpoints checkpoints;
    private final BusinessKeys businessKeys;
    private final Clock clock;

    private final org.springframework.transaction.support.TransactionTemplate fresh;

    CaseRecord(RecordEntries entries, RecordChains chains, RecordWriter writer, Checkpoints checkpoints,
            BusinessKeys businessKeys, Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.clock = clock;
        this.fresh = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.fresh.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.fresh.setReadOnly(true);
        this.entries = entries;
        this.chains = chains;
        this.writer = writer;
        this.checkpoints = checkpoints;
        this.businessKeys = businessKeys;
    }

    /**
     * Appends the steps at the end of their cases' chains, in order, holding each chain's lock until the transaction
     * ends. Steps of one command are appended together: one lock and one batch per case.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<RecordEntry> append(List<Step> steps) {
        Map<String, List<Step>> byCase = new LinkedHashMap<>();
        steps.forEach(step -> byCase.computeIfAbsent(step.businessKey(), key -> new ArrayList<>()).add(step));
        byCase.forEach((businessKey, caseSteps) -> caseSteps.forEach(step -> previousValues(businessKey, step)));
        Instant now = Instant.now(clock);
        List<RecordEntry> written = new ArrayList<>(steps.size());
        byCase.forEach((businessKey, caseSteps) -> written.addAll(writer.append(businessKey, caseSteps, now)));
        return written;
    }

    /** The SHA-256 the record keeps of a value (its canonical JSON). */
    public static String valueHash(Object value) {
        return CanonicalForm.sha256(CanonicalForm.json(value));
    }

    /** Completes the changes of an entry for variables changed beside the steps with what the record held before. */
    @SuppressWarnings("unchecked")
    private void previousValues(String businessKey, Step step) {
        Object changes = step.detail().get(CHANGES);
        if (!(changes instanceof List<?> list) || list.isEmpty()) {
            return;
        }
        List<RecordEntry> earlier = entries.findByBusinessKeyOrderBySeq(businessKey);
        for (Object item : list) {
            Map<String, Object> change = (Map<String, Object>) item;
            if (!change.containsKey(OLD_VALUE)) {
                change.put(OLD_VALUE, ValueHistory.lastHash(earlier, step.processInstanceId(), (String) change.get("name")));
            }
        }
    }

    /** Appends one step; see {@link #append(List)}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RecordEntry append(Step step) {
        return writer.append(step.businessKey(), List.of(step), Instant.now(clock)).get(0);
    }

    /**
     * The case's entries in order.
     *
     * @throws NotFound if the case has no record
     */
    @Transactional(readOnly = true)
    public List<RecordEntry> entries(String businessKey) {
        List<RecordEntry> list = entries.findByBusinessKeyOrderBySeq(businessKey);
        if (list.isEmpty() && chains.findById(businessKey).isEmpty()) {
            throw new NotFound("案件 " + businessKey + " 没有全过程记录");
        }
        return list;
    }

    /** The case's entries in order; none for a case that has no record (yet). */
    @Transactional(readOnly = true)
    public List<RecordEntry> entriesOf(String businessKey) {
        return entries.findByBusinessKeyOrderBySeq(businessKey);
    }

    /**
     * The case's entries and, after them, the steps the running engine command has ended but not yet written (without
     * sequence numbers or hashes): the case as a rule in that command must see it.
     */
    @Transactional(readOnly = true)
    public List<RecordEntry> entriesSoFar(String businessKey) {
        List<RecordEntry> list = new ArrayList<>(entries.findByBusinessKeyOrderBySeq(businessKey));
        Instant now = Instant.now(clock);
        for (Step step : PendingSteps.ofThisCommand()) {
            if (step.businessKey().equals(businessKey)) {
                list.add(new RecordEntry(step, 0, CanonicalForm.json(step.formValues()), CanonicalForm.json(step.evidence()),
                        CanonicalForm.json(step.detail()), now, CanonicalForm.GENESIS));
            }
        }
        return list;
    }

    /**
     * Recomputes the chain from the first entry and names the first entry that does not match: changed content,
     * a missing, inserted or replaced entry, or a removed tail; then holds the chain against the latest signed
     * checkpoint that covers it, which names the entry a rewrite with recomputed hashes changed. A case the checkpoint
     * or the register of business keys knows but whose entries and head are gone is broken, not unknown.
     *
     * @throws NotFound if nothing knows the case
     */
    @Transactional(readOnly = true)
    public Verification verify(String businessKey) {
        List<RecordEntry> list = entries.findByBusinessKeyOrderBySeq(businessKey);
        Optional<RecordChain> head = chains.findById(businessKey);
        Optional<Checkpoints.Coverage> covered = checkpoints.coverage(businessKey);
        if (list.isEmpty() && head.isEmpty()) {
            if (covered.isPresent()) {
                return Verification.broken(businessKey, 0, 1, null, "全过程记录缺失：" + checkpoint(covered.get())
                        + "记录本案有 " + covered.get().seq() + " 条记录，现已全部不存在（记录和链头被删除）");
            }
            if (businessKeys.registered(businessKey)) {
                return Verification.broken(businessKey, 0, 1, null, "全过程记录缺失：案件 " + businessKey
                        + " 已经启动（业务编号已登记），但没有任何记录（记录和链头被删除）");
            }
            throw new NotFound("案件 " + businessKey + " 没有全过程记录");
        }
        Verification chain = chain(businessKey, list, head);
        if (!chain.valid() || covered.isEmpty()) {
            return chain;
        }
        Checkpoints.Coverage coverage = covered.get();
        if (list.size() < coverage.seq()) {
            return Verification.broken(businessKey, list.size(), list.size() + 1, null, checkpoint(coverage) + "记录本案有 "
                    + coverage.seq() + " 条记录，现存 " + list.size() + " 条（记录被删除后重新计算了哈希）");
        }
        RecordEntry atCheckpoint = list.get((int) coverage.seq() - 1);
        if (!atCheckpoint.getHash().equals(coverage.hash())) {
            return Verification.broken(businessKey, list.size(), coverage.seq(), atCheckpoint.getId(), "第 "
                    + coverage.seq() + " 条记录与" + checkpoint(coverage) + "签名的哈希不符：本条或之前的记录被改写，并重新计算了哈希");
        }
        return chain;
    }

    private static String checkpoint(Checkpoints.Coverage coverage) {
        return "检查点（" + coverage.checkpoint().createdAt() + "，根哈希 " + coverage.checkpoint().root().substring(0, 16)
                + "…）";
    }

    private Verification chain(String businessKey, List<RecordEntry> list, Optional<RecordChain> head) {
        String previous = CanonicalForm.GENESIS;
        long expectedSeq = 1;
        for (RecordEntry entry : list) {
            if (entry.getSeq() != expectedSeq) {
                return Verification.broken(businessKey, list.size(), entry.getSeq(), entry.getId(),
                        "缺少第 " + expectedSeq + " 条记录（记录被删除或序号被改动）");
            }
            if (!entry.getPreviousHash().equals(previous)) {
                return Verification.broken(businessKey, list.size(), entry.getSeq(), entry.getId(),
                        "第 " + entry.getSeq() + " 条记录的前序哈希与上一条不符（记录被插入、删除或替换）");
            }
            if (!CanonicalForm.hash(previous, entry).equals(entry.getHash())) {
                return Verification.broken(businessKey, list.size(), entry.getSeq(), entry.getId(),
                        "第 " + entry.getSeq() + " 条记录的内容与其哈希值不符（记录被修改）");
            }
            previous = entry.getHash();
            expectedSeq++;
        }
        long last = expectedSeq - 1;
        if (head.isEmpty()) {
            return Verification.broken(businessKey, list.size(), 1, list.isEmpty() ? null : list.get(0).getId(), "记录链头缺失");
        }
        if (list.isEmpty()) {
            return Verification.broken(businessKey, 0, 1, null, "链头显示应有 " + head.get().lastSeq() + " 条记录，现已全部不存在");
        }
        if (head.get().lastSeq() != last || !head.get().lastHash().equals(previous)) {
            return Verification.broken(businessKey, list.size(), last + 1, null,
                    "链头显示应有 " + head.get().lastSeq() + " 条记录，现存 " + last + " 条与之不符（末尾记录被删除或改动）");
        }
        return Verification.intact(businessKey, list.size(), previous);
    }

    /**
     * Verifies every case anyone knows of — the latest checkpoint's, the chain heads', the registered business keys'
     * — and returns those that are broken.
     */
    public List<Verification> brokenCases() {
        return audit().broken();
    }

    /**
     * What verifying every record found.
     *
     * @param cases  how many cases' chains were recomputed
     * @param broken the broken ones, and every checkpoint object that fails its signature, root or sequence
     */
    public record Audit(int cases, List<Verification> broken) {
    }

    /**
     * Verifies every case anyone knows of (see {@link #brokenCases()}), counting them: each case in a read-only
     * transaction of its own (nothing of one case is held while the next is read), and a broken one read again, so
     * that a step recorded while its case was being read is no finding. A case whose check fails with an error is a
     * finding too: a record the verifier cannot read is not intact.
     */
    public Audit audit() {
        java.util.Set<String> keys = new java.util.TreeSet<>(checkpoints.covered());
        keys.addAll(fresh.execute(status -> chains.findAllKeys()));
        keys.addAll(businessKeys.all());
        List<Verification> broken = new ArrayList<>();
        for (String object : checkpoints.invalid()) {
            broken.add(Verification.broken(object, 0, 0, null, "检查点对象 " + object + " 的签名、根哈希或序号不符：检查点被改动或冒充"));
        }
        for (String key : keys) {
            Verification verification = checked(key);
            if (!verification.valid()) {
                verification = checked(key);
            }
            if (!verification.valid()) {
                broken.add(verification);
            }
        }
        return new Audit(keys.size(), broken);
    }

    private Verification checked(String key) {
        try {
            return fresh.execute(status -> verify(key));
        } catch (RuntimeException e) {
            return Verification.broken(key, 0, 0, null, "校验出错（记录无法读取或格式被改动）：" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /** The most recent entries whose step has no law item in its model, newest first. */
    @Transactional(readOnly = true)
    public List<RecordEntry> unmappedEntries(int limit) {
        return entries.findByLawIsNullOrderByIdDesc(PageRequest.of(0, limit));
    }

    /**
     * The most recent entries that show a step skipped, cancelled or changed from outside the process: variables
     * changed between steps, steps cancelled by a modification, cases deleted, history removed; newest first.
     */
    @Transactional(readOnly = true)
    public List<RecordEntry> irregularEntries(int limit) {
        return entries.findIrregular(PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public long unmappedEntryCount() {
        return entries.countByLawIsNull();
    }
}
