package org.zhifa.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Officers extends Repository<Officer, String> {

    Optional<Officer> findById(String certificateNumber);

    List<Officer> findByUserId(String userId);

    List<Officer> findByAgencyCodeOrderByCertificateNumber(String agencyCode);

    Officer save(Officer officer);
}
