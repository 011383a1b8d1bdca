package org.zhifa.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.engine.EngineCalls;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StateConflict;
import org.zhifa.statistics.process.AnnualStatisticsProcess;

/**
 * Last year's enforcement figures of each agency (PM8.5, PM8.6), computed each January by
 * {@code bpmn/annual-statistics.bpmn}, reviewed by a disclosure officer and published by 31 January (PM18); late ones
 * flagged for supervisors (PM20.5). How they count: {@link StatisticsSettings}; the steps of a run:
 * {@link StatisticsRuns}.
 */
@Service
public class AnnualStatistics {

    /** How many of something, with its label. */
    public record Count(String kind, String label, long count) {
    }

    /** An agency's figures for a year, as published. */
    public record Figures(String agencyCode, String agencyName, int year, long penaltyDecisions,
            long noPenaltyDecisions, List<Count> penaltiesByKind, long fineDecisions, BigDecimal fineAmount,
            long applicationsReceived, long applicationsAccepted, long applicationsNotAccepted, long licencesGranted,
            long licencesRefused, long licencesRevoked, long coerciveMeasures, long inspections,
            List<Count> reconsideration, List<Count> litigation) {
    }

    /** One computation of the figures, and whether (and when) it was published. */
    public record Statistics(long id, Figures figures, Instant computedAt, Instant publishedAt, boolean late) {

        public boolean published() {
            return publishedAt != null;
        }
    }

    /** An agency's year whose statistics were not published by 31 January, flagged when the deadline passed. */
    public record Overdue(String agencyCode, int year, Instant flaggedAt) {
    }

    private final StatisticsTables tables;
    private final StatisticsCounts counts;
    private final ProcessEngine engine;
    private final Clock clock;

    AnnualStatistics(StatisticsTables tables, StatisticsCounts counts, ProcessEngine engine, Clock clock) {
        this.tables = tables;
        this.counts = counts;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Starts the statistics of a finished year by hand (a new installation, a rerun after late entries).
     *
     * @throws Refusal invalid for a year not yet over; a conflict while that year's statistics are under way
     */
    @Transactional
    public String start(int year) {
        if (year >= LocalDate.now(clock).getYear() || year < 2000) {
            throw new InvalidInput("year（统计年度）" + year + " 不是已经结束的年度");
        }
        String businessKey = AnnualStatisticsProcess.businessKey(year);
        String started = EngineCalls.asServer(engine, () -> {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .processDefinitionKey(AnnualStatisticsProcess.KEY).count() > 0) {
                return null;
            }
            return engine.getRuntimeService().startProcessInstanceByKey(AnnualStatisticsProcess.KEY, businessKey,
                    Map.of(AnnualStatisticsProcess.YEAR, year)).getId();
        });
        if (started == null) {
            throw new StateConflict(year + " 年度的统计正在进行，请在任务中审核");
        }
        return started;
    }

    /**
     * Counts an agency's year from the decisions, the record and the review outcomes.
     *
     * @throws Refusal not found for an agency the directory does not have
     */
    @Transactional(readOnly = true)
    public Figures figures(String agencyCode, int year) {
        return counts.figures(agencyCode, year, clock.getZone());
    }

    /**
     * The same figures for any period of days, for supervision (PM6, RM9); {@code year} is the first day's.
     *
     * @throws Refusal not found for an agency the directory does not have
     */
    @Transactional(readOnly = true)
    public Figures figures(String agencyCode, LocalDate from, LocalDate to) {
        return counts.figures(agencyCode, from, to, clock.getZone());
    }

    /** The published figures of an agency's year: the latest publication. */
    @Transactional(readOnly = true)
    public Optional<Statistics> published(String agencyCode, int year) {
        return tables.latestPublished(agencyCode, year);
    }

    /** Every published year of every agency, newest year first; the latest publication of each. */
    @Transactional(readOnly = true)
    public List<Statistics> published() {
        return tables.latestPublished();
    }

    /** Every computation of an agency's year, newest first, published or not: for the staff. */
    @Transactional(readOnly = true)
    public List<Statistics> computations(String agencyCode, int year) {
        return tables.computations(agencyCode, year);
    }

    /** Agencies and years whose statistics were not published by 31 January. */
    @Transactional(readOnly = true)
    public List<Overdue> overdue() {
        return tables.overdue();
    }
}
