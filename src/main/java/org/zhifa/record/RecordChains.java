package org.zhifa.record;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Chain heads, read for verification; {@link RecordWriter} locks and moves them. */
interface RecordChains extends Repository<RecordChain, String> {

    Optional<RecordChain> findById(String businessKey);

    java.util.List<RecordChain> findAll();
}
