package org.zhifa.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.cases.CaseDecisions.Decision;
import org.zhifa.cases.DecisionMade;

/**
 * Keeps each decision's countable facts (PM8.5, PM18): agency, kind, outcome, penalties with the most severe one (by
 * the severity configured when it was decided), fine. The annual statistics are counted from these, not from forms.
 * Runs once the decision has committed, retried by the event publication registry until it completes.
 */
@Component
class EnforcementFacts {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private final JdbcTemplate jdbc;
    private final StatisticsSettings settings;
    private final CaseDecisions decisions;
    private final Clock clock;

    EnforcementFacts(JdbcTemplate jdbc, StatisticsSettings settings, CaseDecisions decisions, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.decisions = decisions;
        this.clock = clock;
    }

    @ApplicationModuleListener
    public void on(DecisionMade made) {
        Decision decision = decisions.find(made.decisionNumber()).orElseThrow(() -> new IllegalStateException(
                "决定 " + made.decisionNumber() + " 未登记"));
        if (jdbc.queryForObject("select count(*) from enforcement_decisions where decision_number = ?", Long.class,
                decision.decisionNumber()) > 0) {
            return; // a redelivery after the facts were kept
        }
        List<String> penalties = decision.penalties();
        jdbc.update("insert into enforcement_decisions (business_key, agency_code, case_kind, outcome, decision_number, "
                + "decision_date, penalties, most_severe, fine_amount, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, decision.businessKey());
                    ps.setString(2, decision.agencyCode());
                    ps.setString(3, decision.caseKind());
                    ps.setString(4, decision.outcome());
                    ps.setString(5, decision.decisionNumber());
                    ps.setObject(6, decision.decisionDate());
                    ps.setString(7, penalties.isEmpty() ? null : String.join(",", penalties));
                    ps.setString(8, "penalty".equals(decision.outcome()) ? settings.mostSevere(penalties) : null);
                    ps.setBigDecimal(9, decision.fineAmount());
                    ps.setTimestamp(10, Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)), UTC);
                });
    }
}
