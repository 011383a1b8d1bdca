package org.zhifa.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.shared.RequiredFields;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StateConflict;

/**
 * PM8.6: the outcomes of administrative reconsideration and litigation against an agency's decisions, counted in the
 * annual statistics. An outcome that changes, revokes or declares a published decision unlawful is also published
 * next to it at once (PM16), through {@link DecisionChanges}.
 */
@Service
public class ReviewOutcomes {

    private static final java.util.Calendar UTC = java.util.Calendar.getInstance(
            java.util.TimeZone.getTimeZone("UTC"));
    public static final Map<String, String> CHANNELS = Map.of("reconsideration", "行政复议", "litigation", "行政诉讼");
    public static final Map<String, String> OUTCOMES = outcomes();

    /** A registered outcome; {@code changeId} is the PM16 change it published, if any. */
    public record Outcome(long id, String decisionNumber, String agencyCode, String channel, String outcome,
            String body, String documentNumber, LocalDate outcomeDate, String content, Long changeId) {
    }

    private final JdbcTemplate jdbc;
    private final Publications publications;
    private final PublishedResults published;
    private final DecisionChanges changes;
    private final Clock clock;

    ReviewOutcomes(JdbcTemplate jdbc, Publications publications, PublishedResults published, DecisionChanges changes,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.publications = publications;
        this.published = published;
        this.changes = changes;
    }

    /**
     * Registers an outcome.
     *
     * @throws Refusal invalid naming a missing or wrong field, not found for a decision number no case has
     */
    @Transactional
    public Outcome register(String decisionNumber, String channel, String outcome, String body, String documentNumber,
            String outcomeDate, String content, String user) {
        RequiredFields.require(decisionNumber, "decisionNumber（原决定文号）", 128);
        if (channel == null || !CHANNELS.containsKey(channel)) {
            throw new InvalidInput("channel（救济途径）应为 reconsideration（行政复议）或 litigation（行政诉讼）");
        }
        if (outcome == null || !OUTCOMES.containsKey(outcome)) {
            throw new InvalidInput("outcome（结果）应为 " + String.join("、", OUTCOMES.entrySet().stream()
                    .map(e -> e.getKey() + "（" + e.getValue() + "）").toList()));
        }
        RequiredFields.require(body, "body（复议机关或者人民法院）", 255);
        RequiredFields.require(documentNumber, "documentNumber（复议决定书或者裁判文书文号）", 128);
        String text = content == null || content.isBlank() ? null
                : RequiredFields.requireText(content, "content（变更内容）", 4000);
        LocalDate date = RequiredFields.date(outcomeDate, "outcomeDate（结果作出日期）");
        String agency = agencyOf(decisionNumber.strip()).orElseThrow(() -> new NotFound("没有文号为 " + decisionNumber.strip() + " 的执法决定"));
        // one outcome document is registered once (a second click, a retry would count twice in the statistics):
        // registrations of one decision are serialised by a locking read of its publication
        jdbc.queryForList("select id from publications where decision_number = ? for update", decisionNumber.strip());
        String same = DecisionChanges.sameNumber(documentNumber.strip());
        jdbc.queryForList("select document_number from review_outcomes where decision_number = ? for update",
                String.class, decisionNumber.strip()).stream()
                .filter(number -> DecisionChanges.sameNumber(number).equals(same)).findFirst().ifPresent(number -> {
                    throw new StateConflict("文书 " + number + " 的复议或诉讼结果已登记（决定 " + decisionNumber.strip()
                            + "），不能重复登记");
                });
        Long changeId = null;
        if (List.of("changed", "revoked", "unlawful").contains(outcome)) {
            Optional<Publications.Publication> publication = publications.ofDecision(decisionNumber.strip())
                    .filter(p -> published.find(p.id()).isPresent());
            if (publication.isPresent()) {
                RequiredFields.require(content, "content（变更内容，将与原决定一并公示）");
                changeId = changes.register(publication.get().id(), outcome, body, documentNumber, outcomeDate,
                        content, user).id();
            }
        }
        Long change = changeId;
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into review_outcomes (decision_number, agency_code, channel, "
                    + "outcome, body, document_number, outcome_date, content, registered_by, registered_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setString(1, decisionNumber.strip());
            ps.setString(2, agency);
            ps.setString(3, channel);
            ps.setString(4, outcome);
            ps.setString(5, body.strip());
            ps.setString(6, documentNumber.strip());
            ps.setObject(7, date);
            ps.setString(8, text);
            ps.setString(9, user);
            ps.setTimestamp(10, Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)), UTC);
            return ps;
        }, key);
        return new Outcome(key.getKey().longValue(), decisionNumber.strip(), agency, channel, outcome, body.strip(),
                documentNumber.strip(), date, text, change);
    }

    private Optional<String> agencyOf(String decisionNumber) {
        // every decision starts its disclosure in the transaction that makes it, so every decision has a publication
        return jdbc.queryForList("select agency_code from publications where decision_number = ?", String.class,
                decisionNumber).stream().findFirst();
    }

    /** How many outcomes of each kind an agency's decisions had through {@code channel} between the two days. */
    @Transactional(readOnly = true)
    public Map<String, Long> counts(String agencyCode, String channel, LocalDate first, LocalDate last) {
        Map<String, Long> found = new LinkedHashMap<>();
        OUTCOMES.keySet().forEach(outcome -> found.put(outcome, 0L));
        jdbc.query("select outcome, count(*) from review_outcomes where agency_code = ? and channel = ? and "
                + "outcome_date between ? and ? group by outcome", (java.sql.ResultSet rs) -> {
                    if (found.containsKey(rs.getString(1))) {
                        found.put(rs.getString(1), rs.getLong(2));
                    }
                }, agencyCode, channel, java.sql.Date.valueOf(first), java.sql.Date.valueOf(last));
        return found;
    }

    private static Map<String, String> outcomes() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put("upheld", "维持");
        outcomes.put("dismissed", "驳回");
        outcomes.put("changed", "变更");
        outcomes.put("revoked", "撤销");
        outcomes.put("unlawful", "确认违法");
        outcomes.put("invalid", "确认无效");
        outcomes.put("mediated", "调解");
        outcomes.put("withdrawn", "终止（撤回）");
        outcomes.put("other", "其他");
        return java.util.Collections.unmodifiableMap(outcomes);
    }
}
