package org.zhifa.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.zhifa.catalogue.Catalogue.Item;
import org.zhifa.catalogue.Catalogue.Version;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The catalogue's tables: versions (insert-only), their decisions and overdue flags, and the projection of published
 * entries the portal reads. Times are the engine clock's, in whole seconds, stored as UTC.
 */
@Component
class CatalogueVersions {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final TypeReference<LinkedHashMap<String, String>> CONTENT = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    CatalogueVersions(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Stores a new version and returns its id; {@code instance} is the change's process, null for the directory's. */
    long insert(String agencyCode, String section, String key, int version, String title, Map<String, String> content,
            boolean removal, String note, String user, LocalDate due, String instance) {
        var generated = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into catalogue_versions (agency_code, section, item_key, "
                    + "version, title, content, removal, note, changed_by, changed_at, due_date, process_instance_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setString(1, agencyCode);
            ps.setString(2, section);
            ps.setString(3, key);
            ps.setInt(4, version);
            ps.setString(5, title);
            ps.setString(6, write(content));
            ps.setBoolean(7, removal);
            ps.setString(8, note == null || note.isBlank() ? null : note.strip());
            ps.setString(9, user == null ? "system" : user);
            ps.setTimestamp(10, now(), UTC);
            ps.setDate(11, java.sql.Date.valueOf(due));
            ps.setString(12, instance);
            return ps;
        }, generated);
        return generated.getKey().longValue();
    }

    int nextVersion(String agencyCode, String section, String key) {
        Integer last = jdbc.queryForObject("select max(version) from catalogue_versions where agency_code = ? "
                + "and section = ? and item_key = ?", Integer.class, agencyCode, section, key);
        return last == null ? 1 : last + 1;
    }

    /** Records the decision on a version; a publication after the deadline is marked late. */
    void decide(Version version, String outcome, String reason, String user) {
        boolean late = "published".equals(outcome) && today().isAfter(version.dueDate());
        jdbc.update("insert into catalogue_decisions (version_id, outcome, reason, late, decided_by, decided_at) "
                + "values (?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, version.id());
                    ps.setString(2, outcome);
                    ps.setString(3, reason);
                    ps.setBoolean(4, late);
                    ps.setString(5, user);
                    ps.setTimestamp(6, now(), UTC);
                });
    }

    /** Makes a published version what the portal shows (or, for a removal, no longer shows). */
    void project(Version version) {
        jdbc.update("delete from catalogue_items where agency_code = ? and section = ? and item_key = ?",
                version.agencyCode(), version.section(), version.key());
        if (!version.removal()) {
            jdbc.update("insert into catalogue_items (agency_code, section, item_key, title, content, version, "
                    + "version_id, published_at) values (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                        ps.setString(1, version.agencyCode());
                        ps.setString(2, version.section());
                        ps.setString(3, version.key());
                        ps.setString(4, version.title());
                        ps.setString(5, write(version.content()));
                        ps.setInt(6, version.version());
                        ps.setLong(7, version.id());
                        ps.setTimestamp(8, now(), UTC);
                    });
        }
    }

    void flagOverdue(long versionId) {
        jdbc.update("insert into catalogue_overdue (version_id, flagged_at) values (?, ?)", ps -> {
            ps.setLong(1, versionId);
            ps.setTimestamp(2, now(), UTC);
        });
    }

    Map<String, List<Item>> published(String agencyCode, List<String> sections) {
        Map<String, List<Item>> bySection = new LinkedHashMap<>();
        sections.forEach(section -> bySection.put(section, new ArrayList<>()));
        jdbc.query("select * from catalogue_items where agency_code = ? order by item_key", (ResultSet rs) -> {
            List<Item> items = bySection.get(rs.getString("section"));
            if (items != null) {
                items.add(item(rs));
            }
        }, agencyCode);
        return bySection;
    }

    Optional<Item> item(String agencyCode, String section, String key) {
        return jdbc.query("select * from catalogue_items where agency_code = ? and section = ? and item_key = ?",
                (rs, n) -> item(rs), agencyCode, section, key).stream().findFirst();
    }

    List<Version> versions(String agencyCode, String section, String key) {
        return query("where v.agency_code = ? and v.section = ? and v.item_key = ? order by v.version desc",
                agencyCode, section, key);
    }

    Optional<Version> pending(String agencyCode, String section, String key) {
        return versions(agencyCode, section, key).stream().filter(v -> v.outcome() == null).findFirst();
    }

    Version byId(long id) {
        return query("where v.id = ?", id).get(0);
    }

    Optional<Version> byProcess(String processInstanceId) {
        return query("where v.process_instance_id = ?", processInstanceId).stream().findFirst();
    }

    List<Version> changeLog(String agencyCode, int limit) {
        return query("where v.agency_code = ? and d.outcome = 'published' order by d.decided_at desc, v.id desc",
                agencyCode).stream().limit(limit).toList();
    }

    List<Version> awaiting() {
        return query("where d.outcome is null order by v.due_date, v.id");
    }

    List<Version> attention(LocalDate today) {
        return query("where (d.outcome is null and (o.version_id is not null or v.due_date < ?)) or d.late = true "
                + "order by v.due_date, v.id", java.sql.Date.valueOf(today));
    }

    private List<Version> query(String where, Object... arguments) {
        return jdbc.query("select v.*, d.outcome, d.reason, d.late, d.decided_by, d.decided_at, "
                + "o.version_id as overdue_id from catalogue_versions v "
                + "left join catalogue_decisions d on d.version_id = v.id "
                + "left join catalogue_overdue o on o.version_id = v.id " + where, (rs, n) -> version(rs), arguments);
    }

    private Version version(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at", UTC);
        LocalDate due = rs.getDate("due_date").toLocalDate();
        String outcome = rs.getString("outcome");
        return new Version(rs.getLong("id"), rs.getString("agency_code"), rs.getString("section"),
                rs.getString("item_key"), rs.getInt("version"), rs.getString("title"), read(rs.getString("content")),
                rs.getBoolean("removal"), rs.getString("note"), rs.getString("changed_by"),
                rs.getTimestamp("changed_at", UTC).toInstant(), due, outcome, rs.getString("reason"),
                rs.getBoolean("late"), rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getObject("overdue_id") != null || outcome == null && today().isAfter(due));
    }

    private Item item(ResultSet rs) throws SQLException {
        return new Item(rs.getString("agency_code"), rs.getString("section"), rs.getString("item_key"),
                rs.getString("title"), read(rs.getString("content")), rs.getInt("version"),
                rs.getTimestamp("published_at", UTC).toInstant());
    }

    String write(Map<String, String> content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, String> read(String content) {
        try {
            return json.readValue(content, CONTENT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("目录内容不是 JSON：" + e.getOriginalMessage(), e);
        }
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
