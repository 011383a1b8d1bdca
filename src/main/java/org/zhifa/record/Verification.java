package org.zhifa.record;

/**
 * The result of recomputing a case's chain.
 *
 * @param businessKey   the case
 * @param entries       how many entries were read
 * @param valid         whether every entry and the chain head are as they were written
 * @param brokenSeq     the sequence number of the first entry that fails, or null
 * @param brokenEntryId that entry's id, or null (null also when the tail was removed: no entry is left to name)
 * @param reason        why it fails, or null
 * @param lastHash      the hash the chain ends with
 */
public record Verification(String businessKey, int entries, boolean valid, Long brokenSeq, Long brokenEntryId,
        String reason, String lastHash) {

    static Verification intact(String businessKey, int entries, String lastHash) {
        return new Verification(businessKey, entries, true, null, null, null, lastHash);
    }

    static Verification broken(String businessKey, int entries, long seq, Long entryId, String reason) {
        return new Verification(businessKey, entries, false, seq, entryId, reason, null);
    }
}
