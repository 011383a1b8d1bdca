package org.zhifa.cases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers of decisions (文号), unique and without gaps per agency, kind of document and year, e.g.
 * {@code 昆市监罚〔2026〕12号}; safe when leaders approve at the same moment ({@link YearlyCounters}).
 */
@Service
public class DecisionNumbers {

    private final YearlyCounters counters;

    DecisionNumbers(YearlyCounters counters) {
        this.counters = counters;
    }

    /**
     * @param agencyCode the agency's directory code
     * @param shortName  the agency's abbreviation, e.g. {@code 昆市监}
     * @param kind       the document kind character, e.g. {@code 罚} (penalty), {@code 强} (coercion)
     * @param year       the year of the decision
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String agencyCode, String shortName, String kind, int year) {
        long number = counters.next("decision:" + agencyCode + ":" + kind, year);
        return shortName + kind + "〔" + year + "〕" + number + "号";
    }

    /** The number of a licence or certificate of a service item, e.g. {@code SPJY-XB-2026-000001}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String certificate(String serviceItemCode, int year) {
        return "%s-%d-%06d".formatted(serviceItemCode, year, counters.next("certificate:" + serviceItemCode, year));
    }
}
