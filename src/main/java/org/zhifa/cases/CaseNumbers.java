package org.zhifa.cases;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Case numbers per calendar year, without gaps ({@link YearlyCounters}). */
@Service
public class CaseNumbers {

    private final YearlyCounters counters;
    private final CaseSettings settings;

    CaseNumbers(YearlyCounters counters, CaseSettings settings) {
        this.counters = counters;
        this.settings = settings;
    }

    /** The next case number of the current year, e.g. {@code ZF-2026-000042}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next() {
        int year = LocalDate.now(settings.timeZone()).getYear();
        return "%s-%d-%06d".formatted(settings.numberPrefix(), year, counters.next("case", year));
    }

    /** The next application number of the current year, e.g. {@code SQ-2026-000042} (the applicant's reference). */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextApplication() {
        int year = LocalDate.now(settings.timeZone()).getYear();
        return "SQ-%d-%06d".formatted(year, counters.next("application", year));
    }
}
