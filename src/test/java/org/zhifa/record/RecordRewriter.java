package org.zhifa.record;

import java.lang.reflect.Field;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.zhifa.testing.Tampering;

/**
 * What a DBA who understands the record would do: change an entry's values with SQL and recompute every hash after
 * it, and the chain head, so that the chain verifies again. Only a checkpoint signed outside the database can tell.
 */
public final class RecordRewriter {

    private final CaseRecord caseRecord;
    private final JdbcTemplate jdbc;

    public RecordRewriter(CaseRecord caseRecord, JdbcTemplate jdbc) {
        this.caseRecord = caseRecord;
        this.jdbc = jdbc;
    }

    /** Replaces the form values of entry {@code seq} and re-chains the rest of the case. */
    public void rewrite(String businessKey, long seq, String formValues) throws ReflectiveOperationException {
        List<RecordEntry> entries = caseRecord.entries(businessKey);
        Tampering tampering = new Tampering(jdbc);
        String previous = CanonicalForm.GENESIS;
        for (RecordEntry entry : entries) {
            if (entry.getSeq() == seq) {
                set(entry, "formValues", formValues);
            }
            if (entry.getSeq() >= seq) {
                set(entry, "previousHash", previous);
                String hash = CanonicalForm.hash(previous, entry);
                set(entry, "hash", hash);
                tampering.update("update record_entries set form_values = ?, previous_hash = ?, hash = ? where id = ?",
                        entry.getFormValues(), entry.getPreviousHash(), hash, entry.getId());
            }
            previous = entry.getHash();
        }
        String head = previous;
        if (tampering.onMysql()) {
            // a chain head only moves forward on MySQL: the rewriter drops that trigger too (Tampering puts it back)
            tampering.update("update record_chains set last_hash = ? where business_key = ?", head, businessKey);
        } else {
            jdbc.update("update record_chains set last_hash = ? where business_key = ?", head, businessKey);
        }
    }

    private static void set(RecordEntry entry, String name, Object value) throws ReflectiveOperationException {
        Field field = RecordEntry.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(entry, value);
    }
}
