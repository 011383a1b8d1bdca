package org.zhifa.record;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The record's entries. Append and read only: there is deliberately no update or delete. */
interface RecordEntries extends Repository<RecordEntry, Long> {

    RecordEntry save(RecordEntry entry);

    List<RecordEntry> findByBusinessKeyOrderBySeq(String businessKey);

    List<RecordEntry> findByLawIsNullOrderByIdDesc(Pageable page);

    long countByLawIsNull();

    /**
     * Entries supervisors must see (RM24): variables changed outside a step, steps cancelled by a process
     * modification, cases deleted and history removed.
     */
    @Query("select e from RecordEntry e where e.activityType = 'variableChange' or e.detail like '%\"cause\":%'"
            + " or e.detail like '%\"outcome\":\"cancelled\"%' or e.detail like '%\"outcome\":\"historyDeleted\"%'"
            + " order by e.id desc")
    List<RecordEntry> findIrregular(Pageable page);
}
