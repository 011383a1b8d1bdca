package org.zhifa.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The disclosures of decisions and their versions, insert-only (triggers on MySQL), and the public projection of
 * what is published, which the portal and open API read.
 */
@Repository
public class Publications {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /** One decision to disclose. */
    public record Publication(long id, String businessKey, String processInstanceId, String agencyCode,
            String agencyName, String caseKind, String outcome, String decisionNumber, LocalDate decisionDate,
            String partyType, LocalDate deadline) {
    }

    /**
     * A step in a publication's life: draft, publish, withhold (PM11 ground), overdue (PM20.5).
     *
     * @param late for a publish: after the PM14 deadline
     */
    public record Version(long id, long publicationId, String action, String form, String caseName, String partyShown,
            String facts, String legalBasis, String decision, String fullText, String ground, String reason,
            boolean late, String actedBy, Instant actedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RowMapper<Publication> publicationRow = (rs, n) -> new Publication(rs.getLong("id"),
            rs.getString("business_key"), rs.getString("process_instance_id"), rs.getString("agency_code"),
            rs.getString("agency_name"), rs.getString("case_kind"), rs.getString("outcome"),
            rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate(), rs.getString("party_type"),
            rs.getDate("deadline").toLocalDate());
    private final RowMapper<Version> versionRow = (rs, n) -> new Version(rs.getLong("id"), rs.getLong("publication_id"),
            rs.getString("action"), rs.getString("form"), rs.getString("case_name"), rs.getString("party_shown"),
            rs.getString("facts"), rs.getString("legal_basis"), rs.getString("decision"), rs.getString("full_text"),
            rs.getString("ground"), rs.getString("reason"), rs.getBoolean("late"), rs.getString("acted_by"),
            rs.getTimestamp("acted_at", UTC).toInstant());

    Publications(JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    Publication insert(Publication p) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into publications (business_key, process_instance_id, "
                    + "agency_code, agency_name, case_kind, outcome, decision_number, decision_date, party_type, "
                    + "deadline, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setString(1, p.businessKey());
            ps.setString(2, p.processInstanceId());
            ps.setString(3, p.agencyCode());
            ps.setString(4, p.agencyName());
            ps.setString(5, p.caseKind());
            ps.setString(6, p.outcome());
            ps.setString(7, p.decisionNumber());
            ps.setObject(8, p.decisionDate());
            ps.setString(9, p.partyType());
            ps.setObject(10, p.deadline());
            ps.setTimestamp(11, Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)), UTC);
            return ps;
        }, key);
        return new Publication(key.getKey().longValue(), p.businessKey(), p.processInstanceId(), p.agencyCode(),
                p.agencyName(), p.caseKind(), p.outcome(), p.decisionNumber(), p.decisionDate(), p.partyType(),
                p.deadline());
    }

    Version append(Version v) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into publication_versions (publication_id, action, form, "
                    + "case_name, party_shown, facts, legal_basis, decision, full_text, ground, reason, late, "
                    + "acted_by, acted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setLong(1, v.publicationId());
            ps.setString(2, v.action());
            ps.setString(3, v.form());
            ps.setString(4, v.caseName());
            ps.setString(5, v.partyShown());
            ps.setString(6, v.facts());
            ps.setString(7, v.legalBasis());
            ps.setString(8, v.decision());
            ps.setString(9, v.fullText());
            ps.setString(10, v.ground());
            ps.setString(11, v.reason());
            ps.setBoolean(12, v.late());
            ps.setString(13, v.actedBy());
            ps.setTimestamp(14, Timestamp.from(now), UTC);
            return ps;
        }, key);
        return new Version(key.getKey().longValue(), v.publicationId(), v.action(), v.form(), v.caseName(),
                v.partyShown(), v.facts(), v.legalBasis(), v.decision(), v.fullText(), v.ground(), v.reason(), v.late(),
                v.actedBy(), now);
    }

    /** Whether the publication was taken off the platform (PM11 found after publication): it never comes back. */
    public boolean withdrawn(long publicationId) {
        Long count = jdbc.queryForObject("select count(*) from publication_versions where publication_id = ? "
                + "and action = 'withdraw'", Long.class, publicationId);
        return count != null && count > 0;
    }

    /** Puts a publish version on the public projection, replacing what was there for the same publication. */
    void project(Publication p, Version published) {
        if (withdrawn(p.id())) {
            throw new IllegalStateException("决定 " + p.decisionNumber() + " 已撤回公示，不能再公示");
        }
        Timestamp at = Timestamp.from(published.actedAt());
        int changed = jdbc.update("update published_results set case_name = ?, party_shown = ?, form = ?, facts = ?, "
                + "legal_basis = ?, decision = ?, full_text = ?, changed_at = ? where publication_id = ?",
                published.caseName(), published.partyShown(), published.form(), published.facts(),
                published.legalBasis(), published.decision(), published.fullText(), at, p.id());
        if (changed == 0) {
            jdbc.update("insert into published_results (publication_id, agency_code, agency_name, case_kind, "
                    + "decision_number, decision_date, case_name, party_shown, form, facts, legal_basis, decision, "
                    + "full_text, published_at, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    p.id(), p.agencyCode(), p.agencyName(), p.caseKind(), p.decisionNumber(), p.decisionDate(),
                    published.caseName(), published.partyShown(), published.form(), published.facts(),
                    published.legalBasis(), published.decision(), published.fullText(), at, at);
        }
    }

    /** The ids of an agency's publications, for the modules that keep requests about them. */
    public List<Long> idsOf(String agencyCode) {
        return jdbc.queryForList("select id from publications where agency_code = ? order by id", Long.class,
                agencyCode);
    }

    public Optional<Publication> find(long id) {
        return jdbc.query("select * from publications where id = ?", publicationRow, id).stream().findFirst();
    }

    public Optional<Publication> ofDecision(String decisionNumber) {
        return jdbc.query("select * from publications where decision_number = ?", publicationRow, decisionNumber)
                .stream().findFirst();
    }

    public List<Publication> ofCase(String businessKey) {
        return jdbc.query("select * from publications where business_key = ? order by id", publicationRow, businessKey);
    }

    /** Every version of a publication, oldest first. */
    public List<Version> versions(long publicationId) {
        return jdbc.query("select * from publication_versions where publication_id = ? order by id", versionRow,
                publicationId);
    }
}
