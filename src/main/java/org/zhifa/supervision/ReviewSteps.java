package org.zhifa.supervision;

import java.sql.Date;
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
import java.util.TimeZone;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.directory.Directory;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.evidence.CaseParticipation;
import org.zhifa.shared.CleanText;
import org.zhifa.shared.StateConflict;
import org.zhifa.supervision.process.CaseFileReviewProcess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules and the history of a 案卷评查 round's steps (RM9): four eyes and the sheet for each dossier's score,
 * every dossier scored before the agencies are graded, the rectification answered only by the agency's own heads,
 * each answer and check kept. Called by the round's process glue; the round and its draw are {@link CaseFileReviews}.
 */
@Service
public class ReviewSteps {

    /** One case's scores. */
    public record Score(String caseKey, String reviewer, Instant scoredAt, Map<String, Integer> scores, int total,
            int maxTotal, String grade, String findings) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private final CaseParticipation participation;
    private final Directory directory;
    private final WorkingDays workingDays;
    private final ReviewSettings settings;
    private final ReviewSheet sheet;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReviewSteps(CaseFileReviews reviews, CaseParticipation participation, Directory directory, WorkingDays workingDays,
            ReviewSettings settings, JdbcTemplate jdbc, Clock clock) {
        this.participation = participation;
        this.directory = directory;
        this.workingDays = workingDays;
        this.settings = settings;
        this.sheet = reviews.sheet();
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ReviewSheet sheet() {
        return sheet;
    }

    /**
     * Four eyes: nobody scores a dossier of a case they took part in (its officers, whoever was given or completed
     * one of its steps, as its record tells).
     *
     * @throws AuthorizationException naming the reviewer and the case
     */
    public void requireIndependent(String reviewer, String caseKey) {
        if (reviewer != null && participation.tookPart(reviewer, caseKey)) {
            throw new AuthorizationException("四眼原则：" + reviewer + " 参与过案件 " + caseKey
                    + " 的办理，不能评查该案卷（评查人员不得评查本人承办或参与的案件）");
        }
    }

    /**
     * Checks a dossier's scores against the sheet and keeps them (step {@code Task_Score}).
     *
     * @param values the step's values: {@code score_<item>} for each item, and the findings
     * @throws InvalidSubmissionException naming every item missing or out of its range
     */
    @Transactional
    public Score score(String roundKey, String caseKey, String reviewer, String step, Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        boolean vetoed = false;
        for (ReviewSheet.Item item : sheet.items()) {
            Object value = values.get(item.field());
            Integer points = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    ? Integer.valueOf(n.intValue()) : value instanceof String s && s.strip().matches("\\d{1,3}")
                            ? Integer.valueOf(s.strip()) : null;
            if (points == null || points < 0 || points > item.points()) {
                errors.add(new FieldError(item.field(), item.name(), value == null ? "必须评分（0 至 " + item.points()
                        + " 分）" : "应为 0 至 " + item.points() + " 之间的整数分"));
                continue;
            }
            scores.put(item.id(), points);
            vetoed |= item.veto() && points == 0;
        }
        int total = scores.values().stream().mapToInt(Integer::intValue).sum();
        Object findingsValue = values.get(CaseFileReviewProcess.FINDINGS);
        String findings = findingsValue == null || findingsValue.toString().isBlank() ? null
                : findingsValue.toString().strip();
        if (errors.isEmpty() && total < sheet.total() && findings == null) {
            errors.add(new FieldError(CaseFileReviewProcess.FINDINGS, "评查意见", "有扣分的，须写明扣分的项目和理由"));
        }
        if (findings != null && (findings.length() > 4000 || !CleanText.Check.clean(findings, true))) {
            errors.add(new FieldError(CaseFileReviewProcess.FINDINGS, "评查意见", "最多 4000 个字符，不含控制字符"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(step, errors);
        }
        requireIndependent(reviewer, caseKey);
        if (jdbc.queryForObject("select count(*) from case_review_scores where round_key = ? and case_key = ?",
                Integer.class, roundKey, caseKey) > 0) {
            throw new StateConflict("案卷 " + caseKey + " 在评查 " + roundKey + " 中已经评分，不能重复评分");
        }
        String grade = sheet.grade(total, vetoed);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String json;
        try {
            json = JSON.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jdbc.update("insert into case_review_scores (round_key, case_key, reviewer, scored_at, scores, total, max_total, "
                + "grade, findings) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, roundKey);
                    ps.setString(2, caseKey);
                    ps.setString(3, reviewer);
                    ps.setTimestamp(4, Timestamp.from(now), UTC);
                    ps.setString(5, json);
                    ps.setInt(6, total);
                    ps.setInt(7, sheet.total());
                    ps.setString(8, grade);
                    ps.setString(9, findings);
                });
        return new Score(caseKey, reviewer, now, scores, total, sheet.total(), grade, findings);
    }

    /**
     * Grades each agency of the round once every dossier is scored (step {@code Task_Grade}); an agency whose cases
     * lost points must answer with its rectification by a working day set now.
     *
     * @return the agencies that must rectify
     */
    @Transactional
    public List<String> grade(String roundKey) {
        int unscored = jdbc.queryForObject("select count(*) from case_review_items i where i.round_key = ? and not "
                + "exists (select 1 from case_review_scores s where s.round_key = i.round_key and s.case_key = "
                + "i.case_key)", Integer.class, roundKey);
        if (unscored > 0) {
            throw new StateConflict("评查 " + roundKey + " 还有 " + unscored + " 份案卷没有评分，不能评定等级");
        }
        if (jdbc.queryForObject("select count(*) from case_review_agencies where round_key = ?", Integer.class,
                roundKey) > 0) {
            throw new StateConflict("评查 " + roundKey + " 已经评定等级，不能重新评定");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate due = workingDays.after(today, settings.rectificationWorkingDays());
        Map<String, List<Map<String, Object>>> byAgency = new LinkedHashMap<>();
        for (Map<String, Object> row : jdbc.queryForList("select i.agency_code, s.total, s.max_total, s.grade from "
                + "case_review_items i join case_review_scores s on s.round_key = i.round_key and s.case_key = "
                + "i.case_key where i.round_key = ? order by i.agency_code", roundKey)) {
            byAgency.computeIfAbsent((String) row.get("agency_code"), a -> new ArrayList<>()).add(row);
        }
        List<String> rectify = new ArrayList<>();
        for (var agency : byAgency.entrySet()) {
            List<Map<String, Object>> rows = agency.getValue();
            double mean = rows.stream().mapToDouble(r -> ((Number) r.get("total")).doubleValue()
                    / ((Number) r.get("max_total")).doubleValue()).average().orElse(0);
            boolean anyFailed = rows.stream().anyMatch(r -> ReviewSheet.FAIL.equals(r.get("grade")));
            boolean lostPoints = rows.stream().anyMatch(r -> ((Number) r.get("total")).intValue()
                    < ((Number) r.get("max_total")).intValue());
            jdbc.update("insert into case_review_agencies (round_key, agency_code, cases, mean_share, grade, rectify, "
                    + "graded_on, due_on) values (?, ?, ?, ?, ?, ?, ?, ?)", roundKey, agency.getKey(), rows.size(),
                    java.math.BigDecimal.valueOf(Math.round(mean * 10000) / 10000.0), sheet.agencyGrade(mean, anyFailed),
                    lostPoints, Date.valueOf(today), lostPoints ? Date.valueOf(due) : null);
            if (lostPoints) {
                rectify.add(agency.getKey());
            }
        }
        return rectify;
    }

    /** The agencies of a round that must rectify, as it graded them. */
    public List<String> toRectify(String roundKey) {
        return jdbc.queryForList("select agency_code from case_review_agencies where round_key = ? and rectify = true "
                + "order by agency_code", String.class, roundKey);
    }

    /**
     * Only the agency's own people answer for it: the user's agency, as the directory has it, must be the one the
     * findings went to.
     *
     * @throws AuthorizationException otherwise
     */
    public void requireOfAgency(String user, String agencyCode, String step) {
        LocalDate today = LocalDate.now(clock);
        if (user != null && directory.officersOf(agencyCode).stream().noneMatch(o -> user.equals(o.getUserId())
                && o.invalidOn(today) == null)) {
            throw new AuthorizationException(user + " 不是执法机关 " + agencyCode + " 持有效执法证的在册人员，不能办理“" + step
                    + "”（整改情况由被评查机关负责人报送）");
        }
    }

    /** The users who head the agency: its registered officers with a valid certificate who are in the leader group. */
    public List<String> headsOf(String agencyCode, org.camunda.bpm.engine.IdentityService identity) {
        LocalDate today = LocalDate.now(clock);
        String[] officers = directory.officersOf(agencyCode).stream().filter(o -> o.getUserId() != null
                && o.invalidOn(today) == null).map(o -> o.getUserId()).distinct().toArray(String[]::new);
        if (officers.length == 0) {
            return List.of();
        }
        return identity.createUserQuery().memberOfGroup("leader").userIdIn(officers).list().stream()
                .map(u -> u.getId()).sorted().toList();
    }

    /** Keeps an agency's rectification or a supervisor's check of it. */
    @Transactional
    public void answer(String roundKey, String agencyCode, String kind, String user, String content) {
        jdbc.update("insert into case_review_answers (round_key, agency_code, answer_kind, answered_by, answered_at, "
                + "content) values (?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, roundKey);
                    ps.setString(2, agencyCode);
                    ps.setString(3, kind);
                    ps.setString(4, user);
                    ps.setTimestamp(5, Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)), UTC);
                    ps.setString(6, content);
                });
    }
}
