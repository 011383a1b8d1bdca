package org.zhifa.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.zhifa.cases.CaseAgencies;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.disclosure.DisclosureOversight;
import org.zhifa.record.EndedSteps;
import org.zhifa.requests.CorrectionRequests;
import org.zhifa.requests.InformationRequests;
import org.zhifa.shared.InvalidInput;
import org.zhifa.statistics.AnnualStatistics;

/**
 * Per-agency figures for any period (PM6, RM9), as government assessment reads them: decisions by kind and result
 * with the average fine (from the facts kept as each decision was made), coercive measures and inspections, legal
 * reviews, collective discussions and hearings (the record's steps that ended in the period, in the agency's cases)
 * against the penalty decisions, how the decisions were published, corrections and information requests, and the
 * share of reconsiderations and suits that changed, revoked or found a decision unlawful or invalid.
 */
@Service
public class AgencyFigures {

    /** Review outcomes that went against the decision. */
    static final Set<String> AGAINST = Set.of("changed", "revoked", "unlawful", "invalid");

    /**
     * One agency's period.
     *
     * @param legalReviews     cases whose legal review was completed in the period (once each, an interrupted one not)
     * @param legalReviewShare those per penalty decision of the period, null without decisions (so for the others)
     */
    public record Figures(String agencyCode, String agencyName, LocalDate from, LocalDate to,
            long penaltyDecisions, long noPenaltyDecisions, List<AnnualStatistics.Count> penaltiesByKind,
            long fineDecisions, BigDecimal fineAmount, BigDecimal averageFine, long applicationsReceived,
            long licencesGranted, long licencesRefused, long coerciveMeasures, long inspections, long legalReviews,
            Double legalReviewShare, long collectiveDiscussions, Double collectiveDiscussionShare,
            long hearingsNotified, long hearingsHeld, DisclosureOversight.Timeliness disclosure,
            Double disclosureOnTimeRate, CorrectionRequests.Counts corrections,
            InformationRequests.Counts informationRequests, List<AnnualStatistics.Count> reconsideration,
            Double reconsiderationAgainstRate, List<AnnualStatistics.Count> litigation, Double litigationAgainstRate) {
    }

    private final AnnualStatistics statistics;
    private final EndedSteps endedSteps;
    private final CaseAgencies caseAgencies;
    private final DisclosureOversight disclosure;
    private final CorrectionRequests corrections;
    private final InformationRequests informationRequests;
    private final Directory directory;
    private final Clock clock;

    AgencyFigures(AnnualStatistics statistics, EndedSteps endedSteps, CaseAgencies caseAgencies,
            DisclosureOversight disclosure, CorrectionRequests corrections, InformationRequests informationRequests,
            Directory directory, Clock clock) {
        this.statistics = statistics;
        this.endedSteps = endedSteps;
        this.caseAgencies = caseAgencies;
        this.disclosure = disclosure;
        this.corrections = corrections;
        this.informationRequests = informationRequests;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The figures of each agency (null: every agency) for the days {@code from} to {@code to}.
     *
     * @throws InvalidInput for a period that is backwards, longer than ten years or in the future
     */
    public List<Figures> of(Collection<String> agencyCodes, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        if (from == null || to == null || from.isAfter(to) || from.isBefore(to.minusYears(10)) || from.isAfter(today)) {
            throw new InvalidInput("from、to（统计期间）必须填写，from 不晚于 to、不晚于今天，期间不超过十年");
        }
        ZoneId zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, Map<String, Long>> steps = steps(start, end);
        List<Agency> agencies = directory.agencies().stream()
                .filter(a -> agencyCodes == null || agencyCodes.contains(a.getCode())).toList();
        return agencies.stream().map(a -> figures(a, from, to, start, end, today, steps.getOrDefault(a.getCode(),
                Map.of()))).toList();
    }

    private Figures figures(Agency agency, LocalDate from, LocalDate to, Instant start, Instant end, LocalDate today,
            Map<String, Long> steps) {
        AnnualStatistics.Figures base = statistics.figures(agency.getCode(), from, to);
        BigDecimal average = base.fineDecisions() == 0 ? null
                : base.fineAmount().divide(BigDecimal.valueOf(base.fineDecisions()), 2, RoundingMode.HALF_UP);
        long legal = steps.getOrDefault(OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW, 0L);
        long committee = steps.getOrDefault(OfficerInitiatedCaseProcess.TASK_COMMITTEE_CONCLUSION, 0L);
        DisclosureOversight.Timeliness published = disclosure.timeliness(agency.getCode(), from, to, today);
        return new Figures(agency.getCode(), agency.getName(), from, to, base.penaltyDecisions(),
                base.noPenaltyDecisions(), base.penaltiesByKind(), base.fineDecisions(), base.fineAmount(), average,
                base.applicationsReceived(), base.licencesGranted(), base.licencesRefused(), base.coerciveMeasures(),
                base.inspections(), legal, share(legal, base.penaltyDecisions()), committee,
                share(committee, base.penaltyDecisions()),
                steps.getOrDefault(OfficerInitiatedCaseProcess.TASK_HEARING_NOTICE, 0L),
                steps.getOrDefault(OfficerInitiatedCaseProcess.TASK_HEARING_RECORD, 0L), published,
                published.onTimeRate(),
                corrections.counts(agency.getCode(), start, end),
                informationRequests.counts(agency.getCode(), start, end, today), base.reconsideration(),
                against(base.reconsideration()), base.litigation(), against(base.litigation()));
    }

    /** The review steps that ended in the period, per agency of their case. */
    private Map<String, Map<String, Long>> steps(Instant start, Instant end) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (String step : List.of(OfficerInitiatedCaseProcess.TASK_LEGAL_REVIEW,
                OfficerInitiatedCaseProcess.TASK_COMMITTEE_CONCLUSION, OfficerInitiatedCaseProcess.TASK_HEARING_NOTICE,
                OfficerInitiatedCaseProcess.TASK_HEARING_RECORD)) {
            List<EndedSteps.EndedStep> ended = endedSteps.completedBetween(OfficerInitiatedCaseProcess.KEY, step, start,
                    end);
            Map<String, String> agencies = caseAgencies.of(ended.stream().map(EndedSteps.EndedStep::processInstanceId)
                    .distinct().toList());
            // a case counts once per step, however often the step was redone
            ended.stream().map(EndedSteps.EndedStep::processInstanceId).distinct().forEach(instance -> {
                String agency = agencies.get(instance);
                if (agency != null) {
                    counts.computeIfAbsent(agency, a -> new HashMap<>()).merge(step, 1L, Long::sum);
                }
            });
        }
        return counts;
    }

    /** The server's clock, for the default period. */
    public Clock clock() {
        return clock;
    }

    private static Double against(List<AnnualStatistics.Count> outcomes) {
        long all = outcomes.stream().mapToLong(AnnualStatistics.Count::count).sum();
        long against = outcomes.stream().filter(c -> AGAINST.contains(c.kind()))
                .mapToLong(AnnualStatistics.Count::count).sum();
        return share(against, all);
    }

    private static Double share(long part, long whole) {
        return whole <= 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
