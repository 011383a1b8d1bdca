package org.zhifa.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.CaseAgencies;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.disclosure.ReviewOutcomes;
import org.zhifa.record.EndedSteps;
import org.zhifa.record.EndedSteps.EndedStep;
import org.zhifa.shared.NotFound;
import org.zhifa.statistics.AnnualStatistics.Count;
import org.zhifa.statistics.AnnualStatistics.Figures;

/**
 * Counts an agency's year (PM8.5, PM8.6): penalties once per decision under the most severe kind, with the fines,
 * and licences by outcome, from the facts kept as each decision was made ({@link EnforcementFacts}); coercive
 * measures, inspections and applications from the steps of the record that ended in the year, in the agency's cases
 * (the case's agency, else the acting officer's); reconsideration and litigation by outcome.
 */
@Component
class StatisticsCounts {

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final StatisticsSettings settings;
    private final EndedSteps endedSteps;
    private final CaseAgencies caseAgencies;
    private final ReviewOutcomes reviewOutcomes;

    StatisticsCounts(JdbcTemplate jdbc, Directory directory, StatisticsSettings settings, EndedSteps endedSteps,
            CaseAgencies caseAgencies, ReviewOutcomes reviewOutcomes) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.settings = settings;
        this.endedSteps = endedSteps;
        this.caseAgencies = caseAgencies;
        this.reviewOutcomes = reviewOutcomes;
    }

    Figures figures(String agencyCode, int year, ZoneId zone) {
        return figures(agencyCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), zone);
    }

    /** The same figures for any period of days, {@code first} to {@code last}; the year is the first day's. */
    Figures figures(String agencyCode, LocalDate first, LocalDate last, ZoneId zone) {
        int year = first.getYear();
        Agency agency = directory.agency(agencyCode)
                .orElseThrow(() -> new NotFound("执法机关 " + agencyCode + " 未登记"));
        Map<String, Long> byKind = new LinkedHashMap<>();
        settings.severity().forEach(kind -> byKind.put(kind.kind(), 0L));
        long[] totals = new long[6]; // penalty, noPenalty, fineDecisions, granted, refused, revoked
        BigDecimal[] fines = { BigDecimal.ZERO };
        jdbc.query("select outcome, most_severe, penalties, fine_amount from enforcement_decisions "
                + "where agency_code = ? and decision_date between ? and ?", (ResultSet rs) -> {
                    String outcome = rs.getString("outcome");
                    List<String> penalties = rs.getString("penalties") == null ? List.of()
                            : List.of(rs.getString("penalties").split(","));
                    switch (outcome) {
                        case "penalty" -> {
                            totals[0]++;
                            byKind.merge(rs.getString("most_severe") == null ? "other" : rs.getString("most_severe"),
                                    1L, Long::sum);
                        }
                        case "noPenalty" -> totals[1]++;
                        case "grant" -> totals[3]++;
                        case "refuse" -> totals[4]++;
                        default -> {
                        }
                    }
                    BigDecimal fine = rs.getBigDecimal("fine_amount");
                    if (fine != null && fine.signum() > 0) {
                        totals[2]++;
                        fines[0] = fines[0].add(fine);
                    }
                    if (penalties.contains("revokeLicence")) {
                        totals[5]++;
                    }
                }, agencyCode, java.sql.Date.valueOf(first), java.sql.Date.valueOf(last));
        Map<String, Long> steps = countedSteps(agencyCode, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
        return new Figures(agencyCode, agency.getName(), year, totals[0], totals[1],
                byKind.entrySet().stream().map(e -> new Count(e.getKey(), settings.label(e.getKey()), e.getValue()))
                        .toList(),
                totals[2], fines[0].setScale(2), steps.getOrDefault("applications-received", 0L),
                steps.getOrDefault("applications-accepted", 0L), steps.getOrDefault("applications-not-accepted", 0L),
                totals[3], totals[4], totals[5], steps.getOrDefault("coercive-measures", 0L),
                steps.getOrDefault("inspections", 0L), reviews(agencyCode, "reconsideration", first, last),
                reviews(agencyCode, "litigation", first, last));
    }

    private Map<String, Long> countedSteps(String agencyCode, Instant from, Instant to) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, String> agencies = new HashMap<>();
        Set<String> resolved = new HashSet<>();
        Map<String, Optional<String>> actors = new HashMap<>();
        for (Map.Entry<String, List<String>> category : settings.countedSteps().entrySet()) {
            for (String step : category.getValue()) {
                String[] keyAndActivity = step.split(":", 2);
                List<EndedStep> ended = endedSteps.between(keyAndActivity[0], keyAndActivity[1], from, to);
                List<String> unresolved = ended.stream().map(EndedStep::processInstanceId).filter(resolved::add)
                        .toList();
                agencies.putAll(caseAgencies.of(unresolved));
                for (EndedStep entry : ended) {
                    Optional<String> agency = Optional.ofNullable(agencies.get(entry.processInstanceId()));
                    if (agency.isEmpty()) {
                        agency = actors.computeIfAbsent(entry.actor(), this::agencyOfActor);
                    }
                    if (agency.filter(agencyCode::equals).isPresent()) {
                        counts.merge(category.getKey(), 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    private Optional<String> agencyOfActor(String userId) {
        return userId == null ? Optional.empty() : directory.agencyCodeOf(userId);
    }

    private List<Count> reviews(String agencyCode, String channel, LocalDate first, LocalDate last) {
        return reviewOutcomes.counts(agencyCode, channel, first, last).entrySet().stream()
                .map(e -> new Count(e.getKey(), ReviewOutcomes.OUTCOMES.get(e.getKey()), e.getValue())).toList();
    }
}
