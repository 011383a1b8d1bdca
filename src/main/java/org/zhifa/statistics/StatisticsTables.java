package org.zhifa.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.zhifa.statistics.AnnualStatistics.Figures;
import org.zhifa.statistics.AnnualStatistics.Overdue;
import org.zhifa.statistics.AnnualStatistics.Statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The statistics' tables: each computation of an agency's year (its figures as JSON), its publications and the
 * years flagged overdue. Times are the engine clock's, in whole seconds, stored as UTC.
 */
@Component
class StatisticsTables {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final String WITH_PUBLICATION = "select s.*, p.published_at, p.late from annual_statistics s "
            + "left join annual_statistics_publications p on p.statistics_id = s.id ";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    StatisticsTables(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    long insert(Figures figures, String processInstanceId) {
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into annual_statistics (agency_code, stat_year, figures, "
                    + "computed_at, process_instance_id) values (?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setString(1, figures.agencyCode());
            ps.setInt(2, figures.year());
            ps.setString(3, write(figures));
            ps.setTimestamp(4, now(), UTC);
            ps.setString(5, processInstanceId);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    boolean publishedOnTime(String agencyCode, int year) {
        return jdbc.queryForObject("select count(*) from annual_statistics_publications where agency_code = ? "
                + "and stat_year = ? and late = false", Long.class, agencyCode, year) > 0;
    }

    boolean published(String agencyCode, int year) {
        return jdbc.queryForObject("select count(*) from annual_statistics_publications where agency_code = ? "
                + "and stat_year = ?", Long.class, agencyCode, year) > 0;
    }

    void publish(long id, Figures figures, boolean late, String user) {
        jdbc.update("insert into annual_statistics_publications (statistics_id, agency_code, stat_year, late, "
                + "published_by, published_at) values (?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, id);
                    ps.setString(2, figures.agencyCode());
                    ps.setInt(3, figures.year());
                    ps.setBoolean(4, late);
                    ps.setString(5, user);
                    ps.setTimestamp(6, now(), UTC);
                });
    }

    /** Flags the agency's year once. */
    void flagOverdue(String agencyCode, int year) {
        if (jdbc.queryForObject("select count(*) from annual_statistics_overdue where agency_code = ? and stat_year = ?",
                Long.class, agencyCode, year) == 0) {
            jdbc.update("insert into annual_statistics_overdue (agency_code, stat_year, flagged_at) values (?, ?, ?)",
                    ps -> {
                        ps.setString(1, agencyCode);
                        ps.setInt(2, year);
                        ps.setTimestamp(3, now(), UTC);
                    });
        }
    }

    Statistics computation(long id) {
        return jdbc.query(WITH_PUBLICATION + "where s.id = ?", (rs, n) -> statistics(rs), id).get(0);
    }

    List<Statistics> computations(String agencyCode, int year) {
        return jdbc.query(WITH_PUBLICATION + "where s.agency_code = ? and s.stat_year = ? order by s.id desc",
                (rs, n) -> statistics(rs), agencyCode, year);
    }

    Optional<Statistics> latestPublished(String agencyCode, int year) {
        return jdbc.query("select s.*, p.published_at, p.late from annual_statistics_publications p join "
                + "annual_statistics s on s.id = p.statistics_id where p.agency_code = ? and p.stat_year = ? "
                + "order by p.published_at desc, s.id desc", (rs, n) -> statistics(rs), agencyCode, year).stream()
                .findFirst();
    }

    List<Statistics> latestPublished() {
        Map<String, Statistics> latest = new LinkedHashMap<>();
        jdbc.query("select s.*, p.published_at, p.late from annual_statistics_publications p join annual_statistics s "
                + "on s.id = p.statistics_id order by p.stat_year desc, p.agency_code, p.published_at desc, s.id desc",
                (rs, n) -> statistics(rs)).forEach(s -> latest.putIfAbsent(s.figures().agencyCode() + "/"
                        + s.figures().year(), s));
        return List.copyOf(latest.values());
    }

    List<Overdue> overdue() {
        return jdbc.query("select agency_code, stat_year, flagged_at from annual_statistics_overdue "
                + "order by stat_year desc, agency_code", (rs, n) -> new Overdue(rs.getString(1), rs.getInt(2),
                        rs.getTimestamp(3, UTC).toInstant()));
    }

    private Statistics statistics(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at", UTC);
        try {
            return new Statistics(rs.getLong("id"), json.readValue(rs.getString("figures"), Figures.class),
                    rs.getTimestamp("computed_at", UTC).toInstant(), published == null ? null : published.toInstant(),
                    published != null && rs.getBoolean("late"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("统计数据 " + rs.getLong("id") + " 不是 JSON：" + e.getOriginalMessage(), e);
        }
    }

    private String write(Figures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }
}
