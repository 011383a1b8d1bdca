package org.zhifa.record;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The record's entries. Append and read only: there is deliberately no update or delete. */
interface RecordEntries extends Repository<RecordEntry, Long> {

    RecordEntry save(RecordEntry entry);

    List<RecordEntry> findByBusinessKeyOrderBySeq(String businessKey);

    List<RecordEntry> findByLawIsNullOrderByIdDesc(Pageable page);

    long countByLawIsNull();
}
