package org.zhifa.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.LongFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.engine.BusinessKeys;

/**
 * Case numbers per calendar year, without gaps ({@link YearlyCounters}). A number some process already has (one
 * started under it before numbers were the server's alone) is passed over, so that numbering never stalls on it.
 */
@Service
public class CaseNumbers {

    private final YearlyCounters counters;
    private final CaseSettings settings;
    private final BusinessKeys businessKeys;
    private final Clock clock;

    CaseNumbers(YearlyCounters counters, CaseSettings settings, BusinessKeys businessKeys, Clock clock) {
        this.clock = clock;
        this.counters = counters;
        this.settings = settings;
        this.businessKeys = businessKeys;
    }

    /** The next case number of the current year, e.g. {@code ZF-2026-000042}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next() {
        int year = year();
        return free(n -> "%s-%d-%06d".formatted(settings.numberPrefix(), year, n), "case", year);
    }

    /** The next application number of the current year, e.g. {@code SQ-2026-000042} (the applicant's reference). */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextApplication() {
        int year = year();
        return free(n -> "SQ-%d-%06d".formatted(year, n), "application", year);
    }

    private String free(LongFunction<String> format, String counter, int year) {
        String key = format.apply(counters.next(counter, year));
        while (businessKeys.registered(key)) {
            key = format.apply(counters.next(counter, year));
        }
        return key;
    }

    private int year() {
        return LocalDate.now(clock).getYear();
    }
}
