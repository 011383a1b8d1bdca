package org.zhifa.record;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Chain heads, read for verification; {@link RecordWriter} locks and moves them. */
interface RecordChains extends Repository<RecordChain, String> {

    Optional<RecordChain> findById(String businessKey);

    /** Every case with a chain, by key only: no head is held in memory while the cases are verified. */
    @org.springframework.data.jpa.repository.Query("select c.businessKey from RecordChain c")
    java.util.List<String> findAllKeys();
}
