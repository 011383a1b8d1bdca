package org.zhifa.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Agencies extends Repository<Agency, String> {

    Optional<Agency> findById(String code);

    List<Agency> findAllByOrderByCode();

    Agency save(Agency agency);
}
