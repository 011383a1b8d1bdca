package org.zhifa.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The results of 案卷评查 rounds as supervisors, the agencies and the round's own steps read them: the draw, each
 * dossier's scores and grade, each agency's grade and where its rectification stands.
 */
@Service
public class ReviewResults {

    /** Where an agency's rectification stands. */
    public static final String NOT_REQUIRED = "无需整改";
    public static final String AWAITED = "待报送整改情况";
    public static final String SUBMITTED = "已报送，待审核";
    public static final String RETURNED = "整改不到位，已退回";
    public static final String ACCEPTED = "整改到位";

    /** A round in the list of rounds. */
    public record RoundSummary(String businessKey, String name, List<String> agencies, LocalDate from, LocalDate to,
            String requestedBy, Instant drawnAt, int population, int drawn, int scored, boolean graded) {
    }

    /**
     * A round with everything it found.
     *
     * @param populationSha256 SHA-256 of the numbers of every case it drew from, sorted, one per line: with the seed,
     *                         anyone holding the list of closed cases can check the draw
     */
    public record Round(String businessKey, String name, List<String> agencies, LocalDate from, LocalDate to,
            Integer sampleSize, Double sampleShare, String requestedBy, String seed, int population,
            String populationSha256, Instant drawnAt, List<CaseResult> cases, List<AgencyResult> agencyResults) {
    }

    /**
     * A dossier of the round; the scores are null until it is scored.
     *
     * @param rank the draw's rank, SHA-256 of {@code seed ":" caseKey} in hex
     */
    public record CaseResult(String caseKey, String agencyCode, String rank, String reviewer, Instant scoredAt,
            Map<String, Integer> scores, Integer total, Integer maxTotal, String grade, String findings) {
    }

    /** An agency of the round once graded. */
    public record AgencyResult(String agencyCode, String agencyName, int cases, double meanShare, String grade,
            boolean rectify, LocalDate gradedOn, LocalDate dueOn, String status, List<Answer> answers) {
    }

    public record Answer(String kind, String by, Instant at, String content) {
    }

    /** A rectification still awaited or returned: a clock like any other. */
    public record OpenRectification(String roundKey, String roundName, String agencyCode, String agencyName,
            LocalDate gradedOn, LocalDate dueOn) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final ReviewSettings settings;
    private final Clock clock;

    ReviewResults(JdbcTemplate jdbc, Directory directory, ReviewSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every round, newest first. */
    public List<RoundSummary> rounds() {
        return jdbc.query("select r.*, (select count(*) from case_review_items i where i.round_key = r.business_key) "
                + "drawn, (select count(*) from case_review_scores s where s.round_key = r.business_key) scored, "
                + "(select count(*) from case_review_agencies a where a.round_key = r.business_key) graded from "
                + "case_review_rounds r order by r.drawn_at desc, r.business_key desc", (rs, n) -> new RoundSummary(
                        rs.getString("business_key"), rs.getString("name"), List.of(rs.getString("agencies")
                                .split(",")), rs.getDate("period_from").toLocalDate(), rs.getDate("period_to")
                                        .toLocalDate(), rs.getString("requested_by"), instant(rs, "drawn_at"),
                        rs.getInt("population"), rs.getInt("drawn"), rs.getInt("scored"), rs.getInt("graded") > 0));
    }

    public Optional<Round> round(String businessKey) {
        List<Round> rounds = jdbc.query("select * from case_review_rounds where business_key = ?", (rs, n) -> {
            java.math.BigDecimal share = rs.getBigDecimal("sample_share");
            return new Round(rs.getString("business_key"), rs.getString("name"), List.of(rs.getString("agencies")
                    .split(",")), rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
                    (Integer) rs.getObject("sample_size", Integer.class), share == null ? null : share.doubleValue(),
                    rs.getString("requested_by"), rs.getString("seed"), rs.getInt("population"),
                    rs.getString("population_sha256"), instant(rs, "drawn_at"), cases(businessKey),
                    agencies(businessKey));
        }, businessKey);
        return rounds.stream().findFirst();
    }

    private List<CaseResult> cases(String round) {
        return jdbc.query("select i.case_key, i.agency_code, i.draw_rank, s.reviewer, s.scored_at, s.scores, s.total, "
                + "s.max_total, s.grade, s.findings from case_review_items i left join case_review_scores s on "
                + "s.round_key = i.round_key and s.case_key = i.case_key where i.round_key = ? order by i.agency_code, "
                + "i.draw_rank", (rs, n) -> new CaseResult(rs.getString("case_key"), rs.getString("agency_code"),
                        rs.getString("draw_rank"), rs.getString("reviewer"), instant(rs, "scored_at"),
                        scores(rs.getString("scores")), (Integer) rs.getObject("total", Integer.class),
                        (Integer) rs.getObject("max_total", Integer.class), rs.getString("grade"),
                        rs.getString("findings")), round);
    }

    private List<AgencyResult> agencies(String round) {
        Map<String, List<Answer>> answers = new LinkedHashMap<>();
        jdbc.query("select * from case_review_answers where round_key = ? order by id", rs -> {
            answers.computeIfAbsent(rs.getString("agency_code"), a -> new ArrayList<>()).add(new Answer(
                    rs.getString("answer_kind"), rs.getString("answered_by"), instant(rs, "answered_at"),
                    rs.getString("content")));
        }, round);
        return jdbc.query("select * from case_review_agencies where round_key = ? order by agency_code", (rs, n) -> {
            String code = rs.getString("agency_code");
            List<Answer> given = answers.getOrDefault(code, List.of());
            boolean rectify = rs.getBoolean("rectify");
            java.sql.Date due = rs.getDate("due_on");
            return new AgencyResult(code, directory.agency(code).map(Agency::getName).orElse(code),
                    rs.getInt("cases"), rs.getBigDecimal("mean_share").doubleValue(), rs.getString("grade"), rectify,
                    rs.getDate("graded_on").toLocalDate(), due == null ? null : due.toLocalDate(),
                    status(rectify, given), given);
        }, round);
    }

    private static String status(boolean rectify, List<Answer> answers) {
        if (!rectify) {
            return NOT_REQUIRED;
        }
        if (answers.isEmpty()) {
            return AWAITED;
        }
        return switch (answers.get(answers.size() - 1).kind()) {
            case CaseFileReviews.ACCEPTED -> ACCEPTED;
            case CaseFileReviews.RETURNED -> RETURNED;
            default -> SUBMITTED;
        };
    }

    /** Every rectification not yet submitted or returned, as deadlines: the agency still owes its answer. */
    public List<OpenRectification> open() {
        List<OpenRectification> open = new ArrayList<>();
        for (RoundSummary summary : rounds()) {
            if (!summary.graded()) {
                continue;
            }
            for (AgencyResult a : agencies(summary.businessKey())) {
                if (AWAITED.equals(a.status()) || RETURNED.equals(a.status())) {
                    open.add(new OpenRectification(summary.businessKey(), summary.name(), a.agencyCode(),
                            a.agencyName(), a.gradedOn(), a.dueOn()));
                }
            }
        }
        return open;
    }

    /** What the agency's rectification task shows: each of its dossiers that lost points, and why. */
    public String findingsText(String round, String agencyCode) {
        StringBuilder text = new StringBuilder();
        agencies(round).stream().filter(a -> a.agencyCode().equals(agencyCode)).findFirst().ifPresent(a -> {
            text.append(a.agencyName()).append("：抽查案卷 ").append(a.cases()).append(" 件，平均得分率 ")
                    .append(Math.round(a.meanShare() * 1000) / 10.0).append("%，等级").append(a.grade()).append("。");
            if (RETURNED.equals(a.status())) {
                Answer last = a.answers().get(a.answers().size() - 1);
                text.append("\n上次报送的整改情况被退回（").append(last.by()).append("）：").append(last.content());
            }
        });
        for (CaseResult c : cases(round)) {
            if (c.agencyCode().equals(agencyCode) && c.total() != null && c.total() < c.maxTotal()) {
                text.append("\n").append(c.caseKey()).append("：").append(c.total()).append("/").append(c.maxTotal())
                        .append(" 分，").append(c.grade()).append("。").append(c.findings() == null ? "" : c.findings());
            }
        }
        return text.length() > 3900 ? text.substring(0, 3900) + "……（其余见执法监督页面）" : text.toString();
    }

    /**
     * A rectification ends only once a supervisor's latest check found it done.
     *
     * @throws org.camunda.bpm.engine.AuthorizationException otherwise (a modification that skips the check)
     */
    public void requireAccepted(String round, String agencyCode) {
        String status = agencies(round).stream().filter(a -> a.agencyCode().equals(agencyCode)).findFirst()
                .map(AgencyResult::status).orElse(AWAITED);
        if (!ACCEPTED.equals(status)) {
            throw new org.camunda.bpm.engine.AuthorizationException("执法机关 " + agencyCode + " 的整改情况尚未经执法监督人员审核"
                    + "确认到位（" + status + "），整改不能结束");
        }
    }

    /** The grades of a round, one line per agency. */
    public String gradesText(String round) {
        StringBuilder text = new StringBuilder();
        for (AgencyResult a : agencies(round)) {
            text.append(text.isEmpty() ? "" : "\n").append(a.agencyName()).append("：").append(a.cases())
                    .append(" 件，平均得分率 ").append(Math.round(a.meanShare() * 1000) / 10.0).append("%，")
                    .append(a.grade()).append(a.rectify() ? "，须于 " + a.dueOn() + " 前报送整改情况" : "");
        }
        return text.length() > 3900 ? text.substring(0, 3900) + "……" : text.toString();
    }

    public Optional<LocalDate> dueOn(String round, String agencyCode) {
        return jdbc.query("select due_on from case_review_agencies where round_key = ? and agency_code = ?",
                (rs, n) -> rs.getDate("due_on"), round, agencyCode).stream().filter(d -> d != null).findFirst()
                .map(java.sql.Date::toLocalDate);
    }

    /** The last moment of a due day, in the server's zone: the task's due date in Tasklist. */
    public Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusSeconds(1));
    }

    public int rectificationWorkingDays() {
        return settings.rectificationWorkingDays();
    }

    private static Map<String, Integer> scores(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Integer>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column, UTC);
        return at == null ? null : at.toInstant();
    }
}
