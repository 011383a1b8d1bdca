package org.zhifa.cases;

import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case numbers per calendar year, without gaps: the counter row is locked by the increment until the starting
 * transaction ends, and a case that fails to start gives its number back with the rollback.
 */
@Service
public class CaseNumbers {

    private final JdbcTemplate jdbc;
    private final CaseSettings settings;

    CaseNumbers(JdbcTemplate jdbc, CaseSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The next case number of the current year, e.g. {@code ZF-2026-000042}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next() {
        int year = LocalDate.now(settings.timeZone()).getYear();
        if (jdbc.update("update case_numbers set last_number = last_number + 1 where number_year = ?", year) == 0) {
            try {
                jdbc.update("insert into case_numbers (number_year, last_number) values (?, 1)", year);
            } catch (DuplicateKeyException startedAtTheSameMoment) {
                jdbc.update("update case_numbers set last_number = last_number + 1 where number_year = ?", year);
            }
        }
        Long number = jdbc.queryForObject("select last_number from case_numbers where number_year = ?", Long.class, year);
        return "%s-%d-%06d".formatted(settings.numberPrefix(), year, number);
    }
}
