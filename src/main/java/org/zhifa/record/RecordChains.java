package org.zhifa.record;

import java.util.Optional;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

interface RecordChains extends Repository<RecordChain, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from RecordChain c where c.businessKey = :businessKey")
    Optional<RecordChain> lockByBusinessKey(@Param("businessKey") String businessKey);

    Optional<RecordChain> findById(String businessKey);

    RecordChain save(RecordChain chain);
}
