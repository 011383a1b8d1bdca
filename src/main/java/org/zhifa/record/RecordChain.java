package org.zhifa.record;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of a case's chain: the last sequence number and hash. Appends lock this row, so the entries of one case
 * are written one after another even when parallel branches finish at once; and a removed tail is detected because
 * the head no longer matches the last entry. Written by {@link RecordWriter}, read here.
 */
@Entity
@Table(name = "record_chains")
class RecordChain {

    @Id
    private String businessKey;
    private long lastSeq;
    private String lastHash;
    private Instant updatedAt;

    protected RecordChain() {
    }

    String businessKey() {
        return businessKey;
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }
}
