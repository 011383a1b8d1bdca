package org.zhifa.disclosure;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.Step;
import org.zhifa.shared.RequiredFields;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StateConflict;

/**
 * PM16: when a published decision is changed, revoked or declared unlawful (reconsideration, litigation, the agency
 * itself), the body, document number, date and content of that change are published next to the original — within
 * 20 working days of the change (PM14), flagged late otherwise — and written to the case's hash-chained record.
 */
@Service
public class DecisionChanges {

    /** What happened to the decision. */
    public static final Map<String, String> KINDS = Map.of("changed", "变更", "revoked", "撤销", "unlawful", "确认违法");
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /** One published change. */
    public record Change(long id, long publicationId, String kind, String changedBy, String documentNumber,
            LocalDate changeDate, String content, LocalDate deadline, boolean late, Instant registeredAt) {

        public String kindName() {
            return KINDS.getOrDefault(kind, kind);
        }
    }

    private final JdbcTemplate jdbc;
    private final Publications publications;
    private final PublishedResults published;
    private final CaseRecord caseRecord;
    private final WorkingDays workingDays;
    private final DisclosureSettings settings;
    private final Clock clock;
    private final ZoneId zone;

    DecisionChanges(JdbcTemplate jdbc, Publications publications, PublishedResults published, CaseRecord caseRecord,
            WorkingDays workingDays, DisclosureSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.publications = publications;
        this.published = published;
        this.caseRecord = caseRecord;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /**
     * Publishes a change of a published decision.
     *
     * @throws Refusal invalid naming a missing or wrong field, not found for an unknown publication, a state conflict for one
     *                             that is not published
     */
    @Transactional
    public Change register(long publicationId, String kind, String changedBy, String documentNumber,
            String changeDate, String content, String user) {
        Publications.Publication publication = publications.find(publicationId)
                .orElseThrow(() -> new NotFound("公示记录 " + publicationId + " 不存在"));
        if (published.find(publicationId).isEmpty()) {
            throw new StateConflict("决定 " + publication.decisionNumber() + " 未公示，无须公示其变更");
        }
        if (kind == null || !KINDS.containsKey(kind)) {
            throw new InvalidInput("kind（变更情形）应为 changed（变更）、revoked（撤销）或 unlawful（确认违法）");
        }
        RequiredFields.require(changedBy, "changedBy（作出变更的机关）", 255);
        RequiredFields.require(documentNumber, "documentNumber（变更文书文号）", 128);
        String text = RequiredFields.requireText(content, "content（变更内容）", 4000);
        LocalDate date = RequiredFields.date(changeDate, "changeDate（变更日期）");
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new InvalidInput("changeDate（变更日期）" + date + " 晚于今天");
        }
        if (date.isBefore(publication.decisionDate())) {
            throw new InvalidInput("changeDate（变更日期）" + date + " 早于原决定日期 " + publication.decisionDate());
        }
        // one change document is published once: a repeated registration (a second click, a retry) is refused,
        // registrations of one decision are serialised so that two at once cannot both pass this check
        // (locking reads: they see what a registration committed a moment ago, whatever the isolation level)
        jdbc.queryForList("select id from publications where id = ? for update", publicationId);
        String number = documentNumber.strip();
        String same = sameNumber(number);
        List<Map<String, Object>> earlier = jdbc.queryForList("select document_number, registered_at from "
                + "publication_changes where publication_id = ? for update", publicationId).stream()
                .filter(row -> sameNumber((String) row.get("document_number")).equals(same)).toList();
        if (!earlier.isEmpty()) {
            throw new StateConflict("变更文书 " + earlier.get(0).get("document_number") + " 已公示（决定 "
                    + publication.decisionNumber() + "），不能重复登记");
        }
        LocalDate deadline = workingDays.after(date, settings.otherWorkingDays());
        boolean late = today.isAfter(deadline);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("insert into publication_changes (publication_id, kind, changed_by, document_number, change_date, "
                + "content, deadline, late, registered_by, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setLong(1, publicationId);
                    ps.setString(2, kind);
                    ps.setString(3, changedBy.strip());
                    ps.setString(4, documentNumber.strip());
                    ps.setObject(5, date);
                    ps.setString(6, text);
                    ps.setObject(7, deadline);
                    ps.setBoolean(8, late);
                    ps.setString(9, user);
                    ps.setTimestamp(10, Timestamp.from(now), UTC);
                });
        jdbc.update("update published_results set changed_at = ? where publication_id = ?", Timestamp.from(now),
                publicationId);
        published.changed();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("decisionNumber", publication.decisionNumber());
        values.put("kind", kind);
        values.put("changedBy", changedBy.strip());
        values.put("documentNumber", documentNumber.strip());
        values.put("changeDate", date.toString());
        values.put("content", text);
        values.put("late", late);
        // not a process step: recorded under the disclosure of the decision it changes
        String instance = publication.processInstanceId() == null ? "publication-" + publicationId
                : publication.processInstanceId();
        caseRecord.append(new Step(publication.businessKey(), "disclosure:PM16", "disclosure", 0, instance,
                "Publish_DecisionChange", "公示决定" + KINDS.get(kind) + "情况", "publish", "PM16", user, now, now, values,
                null, null));
        List<Change> all = changes(publicationId);
        return all.get(all.size() - 1);
    }

    /** A document number as a person reads it: full-width forms, spaces and bracket styles do not make another one. */
    static String sameNumber(String number) {
        // NFKC turns full-width digits, letters and brackets into their plain forms; 〔〕 are written as []
        return Normalizer.normalize(number, Normalizer.Form.NFKC).replaceAll("\\s+", "").replace('〔', '[')
                .replace('〕', ']');
    }

    /** The published changes of a publication, oldest first. */
    public List<Change> changes(long publicationId) {
        return jdbc.query("select * from publication_changes where publication_id = ? order by id", (rs, n) -> new Change(
                rs.getLong("id"), rs.getLong("publication_id"), rs.getString("kind"), rs.getString("changed_by"),
                rs.getString("document_number"), rs.getDate("change_date").toLocalDate(), rs.getString("content"),
                rs.getDate("deadline").toLocalDate(), rs.getBoolean("late"),
                rs.getTimestamp("registered_at", UTC).toInstant()), publicationId);
    }
}
