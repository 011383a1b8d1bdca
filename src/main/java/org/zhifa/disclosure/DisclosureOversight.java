package org.zhifa.disclosure;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * PM20 made detectable: results not published by their deadline (PM20.5), published late, or still waiting; and
 * every step of a publication, for supervisors.
 */
@Service
public class DisclosureOversight {

    /**
     * A publication needing attention.
     *
     * @param state       open (not yet decided), published, withheld or withdrawn
     * @param overdue     the deadline passed while it was open
     * @param late        published after the deadline
     * @param changesLate a change of the decision (PM16) was published after its deadline
     */
    public record Attention(long id, String businessKey, String decisionNumber, String agencyName,
            LocalDate decisionDate, LocalDate deadline, String state, boolean overdue, boolean late,
            boolean changesLate) {
    }

    private final JdbcTemplate jdbc;
    private final Publications publications;

    DisclosureOversight(JdbcTemplate jdbc, Publications publications) {
        this.jdbc = jdbc;
        this.publications = publications;
    }

    /**
     * Publications overdue, published late, open past their deadline on {@code today}, or with a change published
     * late; oldest deadline first.
     */
    public List<Attention> attention(LocalDate today) {
        return jdbc.query("""
                select p.id, p.business_key, p.decision_number, p.agency_name, p.decision_date, p.deadline,
                  sum(case when v.action = 'publish' then 1 else 0 end) as published,
                  sum(case when v.action = 'withhold' then 1 else 0 end) as withheld,
                  sum(case when v.action = 'overdue' then 1 else 0 end) as overdue,
                  sum(case when v.action = 'publish' and v.late = true then 1 else 0 end) as late,
                  sum(case when v.action = 'withdraw' then 1 else 0 end) as withdrawn,
                  (select count(*) from publication_changes c where c.publication_id = p.id and c.late = true)
                    as late_changes
                from publications p left join publication_versions v on v.publication_id = p.id
                group by p.id, p.business_key, p.decision_number, p.agency_name, p.decision_date, p.deadline
                order by p.deadline, p.id""", (rs, n) -> {
            boolean published = rs.getLong("published") > 0;
            boolean withheld = rs.getLong("withheld") > 0;
            LocalDate deadline = rs.getDate("deadline").toLocalDate();
            String state = rs.getLong("withdrawn") > 0 ? "withdrawn" : published ? "published"
                    : withheld ? "withheld" : "open";
            boolean overdue = rs.getLong("overdue") > 0 || "open".equals(state) && today.isAfter(deadline);
            return new Attention(rs.getLong("id"), rs.getString("business_key"), rs.getString("decision_number"),
                    rs.getString("agency_name"), rs.getDate("decision_date").toLocalDate(), deadline, state, overdue,
                    rs.getLong("late") > 0, rs.getLong("late_changes") > 0);
        }).stream().filter(a -> a.overdue() || a.late() || a.changesLate()).toList();
    }

    /**
     * How an agency's decisions of a period were published (PM6, PM14): on time, late, still overdue, withheld.
     *
     * @param decisions every decision of the period to be published
     * @param pending   those still open and not yet due: in no rate
     */
    public record Timeliness(long decisions, long onTime, long late, long overdue, long withheld, long pending) {

        /** The share published on time of those published or due (withheld ones are in no rate), or null. */
        public Double onTimeRate() {
            long due = onTime + late + overdue;
            return due == 0 ? null : Math.round(onTime * 10000.0 / due) / 10000.0;
        }
    }

    public Timeliness timeliness(String agencyCode, LocalDate from, LocalDate to, LocalDate today) {
        long[] counts = new long[6];
        jdbc.query("select p.deadline, "
                + "sum(case when v.action = 'publish' then 1 else 0 end) as published, "
                + "sum(case when v.action = 'publish' and v.late = true then 1 else 0 end) as late, "
                + "sum(case when v.action = 'withhold' then 1 else 0 end) as withheld, "
                + "sum(case when v.action = 'overdue' then 1 else 0 end) as overdue, "
                + "sum(case when v.action = 'withdraw' then 1 else 0 end) as withdrawn "
                + "from publications p left join publication_versions v on v.publication_id = p.id "
                + "where p.agency_code = ? and p.decision_date between ? and ? group by p.id, p.deadline",
                (java.sql.ResultSet rs) -> {
                    counts[0]++;
                    boolean published = rs.getLong("published") > 0;
                    boolean withheld = rs.getLong("withheld") > 0 || rs.getLong("withdrawn") > 0 && !published;
                    if (rs.getLong("late") > 0) {
                        counts[2]++;
                    } else if (published) {
                        counts[1]++;
                    } else if (withheld) {
                        counts[4]++;
                    } else if (rs.getLong("overdue") > 0 || today.isAfter(rs.getDate("deadline").toLocalDate())) {
                        counts[3]++;
                    } else {
                        counts[5]++;
                    }
                }, agencyCode, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to));
        return new Timeliness(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /** A decision still to be published (or withheld) by its deadline (PM14). */
    public record Open(String businessKey, String decisionNumber, String agencyCode, String agencyName,
            LocalDate decisionDate, LocalDate deadline) {
    }

    /** Every decision neither published, withheld nor withdrawn yet: the publication clocks that run. */
    public List<Open> open() {
        return jdbc.query("select p.business_key, p.decision_number, p.agency_code, p.agency_name, p.decision_date, "
                + "p.deadline from publications p where not exists (select 1 from publication_versions v where "
                + "v.publication_id = p.id and v.action in ('publish', 'withhold', 'withdraw')) order by p.deadline",
                (rs, n) -> new Open(rs.getString("business_key"), rs.getString("decision_number"),
                        rs.getString("agency_code"), rs.getString("agency_name"),
                        rs.getDate("decision_date").toLocalDate(), rs.getDate("deadline").toLocalDate()));
    }

    /** Every step of one publication: draft, publish, withhold, overdue — who and when. */
    public List<Publications.Version> history(long publicationId) {
        return publications.versions(publicationId);
    }
}
