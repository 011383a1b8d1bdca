package org.zhifa.cases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers that run per counter and year without gaps (case numbers, decision numbers): the increment locks the
 * counter's row until the caller's transaction ends, so concurrent callers wait their turn, and a transaction that
 * rolls back gives its number back.
 */
@Component
class YearlyCounters {

    private final JdbcTemplate jdbc;

    YearlyCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long next(String counter, int year) {
        if (increment(counter, year) == 0) {
            try {
                jdbc.update("insert into numbering (counter, number_year, last_number) values (?, ?, 1)", counter, year);
            } catch (DuplicateKeyException createdAtTheSameMoment) {
                increment(counter, year);
            }
        }
        return jdbc.queryForObject("select last_number from numbering where counter = ? and number_year = ?", Long.class,
                counter, year);
    }

    private int increment(String counter, int year) {
        return jdbc.update("update numbering set last_number = last_number + 1 where counter = ? and number_year = ?",
                counter, year);
    }
}
