package org.zhifa.disclosure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhifa.cases.DecisionMade;

/**
 * Keeps each decision's countable facts as it is made, in its transaction (PM8.5, PM18): agency, kind, outcome,
 * penalties with the most severe one, fine. The annual statistics are counted from these, not from forms.
 */
@Component
class EnforcementFacts {

    private final JdbcTemplate jdbc;
    private final StatisticsSettings settings;

    EnforcementFacts(JdbcTemplate jdbc, StatisticsSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @EventListener
    void on(DecisionMade decision) {
        List<String> penalties = decision.penalties() == null ? List.of() : decision.penalties();
        jdbc.update("insert into enforcement_decisions (business_key, agency_code, case_kind, outcome, decision_number, "
                + "decision_date, penalties, most_severe, fine_amount, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                decision.businessKey(), decision.agencyCode(), decision.caseKind(), decision.outcome(),
                decision.decisionNumber(), java.sql.Date.valueOf(decision.decisionDate()),
                penalties.isEmpty() ? null : String.join(",", penalties),
                "penalty".equals(decision.outcome()) ? settings.mostSevere(penalties) : null, decision.fineAmount(),
                Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }
}
