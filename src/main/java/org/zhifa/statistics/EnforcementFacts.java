package org.zhifa.statistics;

import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.camunda.bpm.engine.impl.util.ClockUtil;

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

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

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
                    ps.setTimestamp(10, Timestamp.from(ClockUtil.getCurrentTime().toInstant()
                            .truncatedTo(ChronoUnit.SECONDS)), UTC);
                });
    }
}
