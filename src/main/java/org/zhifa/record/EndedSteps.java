package org.zhifa.record;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which steps of a model ended in a period, from the record (RM9: the record serves statistics and assessment): the
 * annual statistics count coercive measures, inspections and applications this way, by the steps that really ended.
 */
@Component
public class EndedSteps {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /** One step that ended: the process instance it belongs to and the user who completed it (null for the server). */
    public record EndedStep(String processInstanceId, String actor) {
    }

    private final JdbcTemplate jdbc;

    EndedSteps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The steps {@code activityId} of model {@code processKey} that ended in [{@code from}, {@code to}). */
    @Transactional(readOnly = true)
    public List<EndedStep> between(String processKey, String activityId, Instant from, Instant to) {
        return query(processKey, activityId, from, to, "");
    }

    /** The same, only the steps that were completed: a task cut short by a boundary event or a modification is not. */
    @Transactional(readOnly = true)
    public List<EndedStep> completedBetween(String processKey, String activityId, Instant from, Instant to) {
        return query(processKey, activityId, from, to, " and detail not like '%\"outcome\":\"interrupted\"%'");
    }

    private List<EndedStep> query(String processKey, String activityId, Instant from, Instant to, String condition) {
        return jdbc.query("select process_instance_id, actor from record_entries where process_definition_key = ? "
                + "and activity_id = ? and ended_at >= ? and ended_at < ?" + condition, ps -> {
                    ps.setString(1, processKey);
                    ps.setString(2, activityId);
                    ps.setTimestamp(3, Timestamp.from(from), UTC);
                    ps.setTimestamp(4, Timestamp.from(to), UTC);
                }, (rs, n) -> new EndedStep(rs.getString(1), rs.getString(2)));
    }
}
