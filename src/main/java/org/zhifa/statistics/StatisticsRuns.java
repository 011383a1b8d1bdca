package org.zhifa.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.disclosure.DisclosureSettings;
import org.zhifa.statistics.AnnualStatistics.Figures;
import org.zhifa.statistics.AnnualStatistics.Statistics;

/**
 * The steps of {@code bpmn/annual-statistics.bpmn} (PM18): which year and agencies a run covers and its deadline,
 * each agency's computation kept for review, publication (late after 31 January), and the overdue flag. The process
 * glue in {@code statistics/process} calls one method per step.
 */
@Service
public class StatisticsRuns {

    /** What a run covers: the agencies of the directory, and its deadline. */
    public record Preparation(List<String> agencyCodes, LocalDate lastDay, Deadline deadline) {
    }

    /** One agency's figures as kept for review: the computation's id and what the reviewer reads. */
    public record Computation(long id, String agencyName, String text) {
    }

    private final StatisticsTables tables;
    private final StatisticsCounts counts;
    private final Directory directory;
    private final DisclosureSettings deadlines;
    private final WorkingDays workingDays;
    private final Clock clock;

    StatisticsRuns(StatisticsTables tables, StatisticsCounts counts, Directory directory,
            DisclosureSettings deadlines, WorkingDays workingDays, Clock clock) {
        this.tables = tables;
        this.counts = counts;
        this.directory = directory;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The year a run counts: the one it was started for, else last year (the January timer). */
    public int year(Integer given) {
        return given == null ? LocalDate.now(clock).getYear() - 1 : given;
    }

    /**
     * The agencies and the deadline: 31 January, the head warned three working days before; a late first run or a
     * rerun gets the usual 20 working days for its review (what was not published by 31 January is flagged when its
     * figures are computed).
     */
    public Preparation prepare(int year) {
        LocalDate lastDay = LocalDate.of(year + 1, 1, 31);
        LocalDate today = LocalDate.now(clock);
        Deadline deadline = today.isAfter(lastDay)
                ? Deadline.of(today, deadlines.otherWorkingDays(), deadlines.warningWorkingDays(), workingDays,
                        clock.getZone())
                : Deadline.ending(today, lastDay, 3, workingDays, clock.getZone());
        return new Preparation(directory.agencies().stream().map(Agency::getCode).toList(), lastDay, deadline);
    }

    /** Computes one agency's figures and keeps them for review; past 31 January the year is flagged overdue. */
    @Transactional
    public Computation compute(String agencyCode, int year, String processInstanceId) {
        Figures figures = counts.figures(agencyCode, year, clock.getZone());
        long id = tables.insert(figures, processInstanceId);
        if (pastDeadline(year)) {
            markOverdue(agencyCode, year);
        }
        return new Computation(id, figures.agencyName(), FiguresText.of(figures));
    }

    /** Publishes the reviewed figures; published after 31 January (and not on time before) they are marked late. */
    @Transactional
    public void publish(long statisticsId, String user) {
        Statistics statistics = tables.computation(statisticsId);
        Figures figures = statistics.figures();
        boolean late = pastDeadline(figures.year()) && !tables.publishedOnTime(figures.agencyCode(), figures.year());
        tables.publish(statisticsId, figures, late, user);
    }

    /** 31 January passed before publication (PM18, PM20.5): flagged once, unless already published (a rerun). */
    @Transactional
    public void markOverdue(String agencyCode, int year) {
        if (!tables.published(agencyCode, year)) {
            tables.flagOverdue(agencyCode, year);
        }
    }

    private boolean pastDeadline(int year) {
        return LocalDate.now(clock).isAfter(LocalDate.of(year + 1, 1, 31));
    }
}
