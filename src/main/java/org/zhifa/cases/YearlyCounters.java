package org.zhifa.cases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers that run per counter and year without gaps (case numbers, decision numbers): the increment locks the
 * counter's row until the caller's transaction ends, so concurrent callers wait their turn, and a transaction that
 * rolls back gives its number back. A counter's row is created at zero in a transaction of its own, so that callers
 * racing to create it never deadlock on each other's inserts.
 */
@Component
class YearlyCounters {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;

    YearlyCounters(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long next(String counter, int year) {
        if (increment(counter, year) == 0) {
            try {
                separately.executeWithoutResult(status -> jdbc.update(
                        "insert into numbering (counter, number_year, last_number) values (?, ?, 0)", counter, year));
            } catch (DuplicateKeyException createdByAnotherCaller) {
                // the row is there now, which is all this needed
            }
            increment(counter, year);
        }
        return jdbc.queryForObject("select last_number from numbering where counter = ? and number_year = ?", Long.class,
                counter, year);
    }

    private int increment(String counter, int year) {
        return jdbc.update("update numbering set last_number = last_number + 1 where counter = ? and number_year = ?",
                counter, year);
    }
}
