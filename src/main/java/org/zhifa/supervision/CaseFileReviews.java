package org.zhifa.supervision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.CaseSummaries;
import org.zhifa.directory.Directory;
import org.zhifa.engine.EngineCalls;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.evidence.CaseParticipation;
import org.zhifa.shared.CleanText;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.StateConflict;
import org.zhifa.supervision.process.CaseFileReviewProcess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 案卷评查 (RM9): a supervisor opens a round over agencies and a period; the server draws, per agency, a sample of
 * the cases closed in the period — each case ranked by SHA-256 of the round's seed and its number, the lowest ranks
 * taken, so anyone with the seed and the list of closed cases can repeat the draw; each dossier is scored on the sheet
 * by a reviewer who took no part in the case (four eyes); the agencies are graded and those that lost points answer
 * with their rectification (整改) within the configured working days. The round is {@code bpmn/case-file-review.bpmn},
 * so its draw, its scores and its answers are in its own hash-chained record; the history is kept here, insert-only.
 */
@Service
public class CaseFileReviews {

    /** What an agency's answer to a round is. */
    public static final String RECTIFICATION = "rectification";
    public static final String ACCEPTED = "accepted";
    public static final String RETURNED = "returned";

    /**
     * A round as a supervisor asks for it: exactly one of {@code sampleSize} (cases per agency) and
     * {@code sampleShare} (share of each agency's closed cases, at least one).
     */
    public record RoundRequest(String name, List<String> agencies, LocalDate from, LocalDate to, Integer sampleSize,
            Double sampleShare) {
    }

    /** A round's draw: its seed, how many cases it drew from, and the cases drawn. */
    public record Draw(String seed, int population, List<String> sample) {
    }

    /** One case's scores. */
    public record Score(String caseKey, String reviewer, Instant scoredAt, Map<String, Integer> scores, int total,
            int maxTotal, String grade, String findings) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final SecureRandom SEEDS = new SecureRandom();
    private static final int MAX_AGENCIES = 100;

    private final CaseSummaries summaries;
    private final CaseParticipation participation;
    private final Directory directory;
    private final WorkingDays workingDays;
    private final ReviewSettings settings;
    private final ReviewSheet sheet;
    private final JdbcTemplate jdbc;
    private final ProcessEngine engine;
    private final Clock clock;

    CaseFileReviews(CaseSummaries summaries, CaseParticipation participation, Directory directory,
            WorkingDays workingDays, ReviewSettings settings, JdbcTemplate jdbc, ProcessEngine engine, Clock clock) {
        this.summaries = summaries;
        this.participation = participation;
        this.directory = directory;
        this.workingDays = workingDays;
        this.settings = settings;
        this.sheet = ReviewSheet.read(settings.sheet());
        this.jdbc = jdbc;
        this.engine = engine;
        this.clock = clock;
    }

    public ReviewSheet sheet() {
        return sheet;
    }

    /**
     * Opens a round for {@code supervisor} and draws its sample at once.
     *
     * @return the round's business key
     * @throws InvalidInput naming the field at fault, or when the agencies closed no case in the period
     */
    public String open(RoundRequest request, String supervisor) {
        String name = request.name() == null ? null : request.name().strip();
        if (name == null || name.isEmpty() || name.length() > 100 || !CleanText.Check.clean(name, false)) {
            throw new InvalidInput("name（评查名称）必须填写，最多 100 个字符，不含控制字符");
        }
        if (request.agencies() == null || request.agencies().isEmpty() || request.agencies().size() > MAX_AGENCIES) {
            throw new InvalidInput("agencies（被评查机关）须列出 1 至 " + MAX_AGENCIES + " 个执法机关编码");
        }
        LinkedHashSet<String> agencies = new LinkedHashSet<>();
        for (String code : request.agencies()) {
            if (code == null || !code.matches("[A-Za-z0-9_-]{1,32}") || directory.agency(code).isEmpty()) {
                throw new InvalidInput("agencies（被评查机关）中的 “" + shorten(code) + "” 不是登记在册的执法机关编码");
            }
            agencies.add(code);
        }
        LocalDate today = LocalDate.now(clock);
        if (request.from() == null || request.to() == null || request.from().isAfter(request.to())
                || !request.to().isBefore(today) || request.from().isBefore(today.minusYears(10))) {
            throw new InvalidInput("from、to（办结期间）必须填写，from 不晚于 to，期间已经结束（to 早于今天），且不早于十年前：只从"
                    + "已经结束的期间抽取，抽取结果才能复核");
        }
        if ((request.sampleSize() == null) == (request.sampleShare() == null)) {
            throw new InvalidInput("sampleSize（每个机关抽取件数）和 sampleShare（抽取比例）须填写其中一项");
        }
        if (request.sampleSize() != null && (request.sampleSize() < 1 || request.sampleSize() > settings.maxSample())) {
            throw new InvalidInput("sampleSize（每个机关抽取件数）应在 1 与 " + settings.maxSample() + " 之间");
        }
        if (request.sampleShare() != null && !(request.sampleShare() > 0 && request.sampleShare() <= 1
                && java.math.BigDecimal.valueOf(request.sampleShare()).stripTrailingZeros().scale() <= 4)) {
            throw new InvalidInput("sampleShare（抽取比例）应大于 0 且不大于 1，最多四位小数（如 0.1 即 10%）");
        }
        List<CaseSummaries.ClosedCase> closed = closed(new ArrayList<>(agencies), request.from(), request.to());
        if (closed.isEmpty()) {
            throw nothingToDraw(request);
        }
        requireTooManyNot(closed, request.sampleSize(), request.sampleShare());
        String running = overlapping(agencies, request.from(), request.to());
        if (running != null) {
            throw new StateConflict("被评查机关在该期间已有未完成的评查 " + running + "：一轮评完之前，同一机关、同一期间不能另行抽取");
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CaseFileReviewProcess.NAME, name);
        variables.put(CaseFileReviewProcess.AGENCIES, String.join(",", agencies));
        variables.put(CaseFileReviewProcess.FROM, request.from().toString());
        variables.put(CaseFileReviewProcess.TO, request.to().toString());
        variables.put(CaseFileReviewProcess.SAMPLE_SIZE, request.sampleSize());
        variables.put(CaseFileReviewProcess.SAMPLE_SHARE, request.sampleShare());
        variables.put(CaseFileReviewProcess.REQUESTED_BY, supervisor);
        return EngineCalls.asServer(engine, () -> engine.getRuntimeService().startProcessInstanceByMessage(
                CaseFileReviewProcess.MESSAGE_REQUESTED, variables).getBusinessKey());
    }

    /**
     * Draws the round's sample and keeps it with its seed (step {@code Task_Draw}).
     *
     * @throws InvalidInput when no agency of the round closed a case in the period
     */
    @Transactional
    public Draw draw(String roundKey, RoundRequest request, String requestedBy) {
        if (jdbc.queryForObject("select count(*) from case_review_rounds where business_key = ?", Integer.class,
                roundKey) > 0) {
            throw new StateConflict("评查 " + roundKey + " 已经抽取过案卷，不能重新抽取");
        }
        String seed = HexFormat.of().formatHex(SEEDS.generateSeed(16));
        List<CaseSummaries.ClosedCase> closed = closed(request.agencies(), request.from(), request.to());
        if (closed.isEmpty()) {
            throw nothingToDraw(request);
        }
        requireTooManyNot(closed, request.sampleSize(), request.sampleShare());
        List<String[]> drawn = sample(seed, closed, request.sampleSize(), request.sampleShare());
        String candidates = sha256(String.join("\n", closed.stream().map(CaseSummaries.ClosedCase::businessKey)
                .sorted().toList()));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("insert into case_review_rounds (business_key, name, agencies, period_from, period_to, sample_size, "
                + "sample_share, requested_by, seed, population, population_sha256, drawn_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, roundKey);
                    ps.setString(2, request.name());
                    ps.setString(3, String.join(",", request.agencies()));
                    ps.setDate(4, Date.valueOf(request.from()));
                    ps.setDate(5, Date.valueOf(request.to()));
                    ps.setObject(6, request.sampleSize());
                    ps.setObject(7, request.sampleShare() == null ? null
                            : java.math.BigDecimal.valueOf(request.sampleShare()));
                    ps.setString(8, requestedBy);
                    ps.setString(9, seed);
                    ps.setInt(10, closed.size());
                    ps.setString(11, candidates);
                    ps.setTimestamp(12, Timestamp.from(now), UTC);
                });
        jdbc.batchUpdate("insert into case_review_items (round_key, case_key, agency_code, draw_rank) values (?, ?, ?, ?)",
                drawn.stream().map(d -> new Object[] { roundKey, d[0], d[1], d[2] }).toList());
        return new Draw(seed, closed.size(), drawn.stream().map(d -> d[0]).toList());
    }

    /**
     * The draw, repeatable by anyone: per agency, its closed cases ranked by {@code SHA-256(seed ":" number)} in hex,
     * the lowest {@code size} (or {@code share} of them, at least one) taken.
     *
     * @return case number, agency, rank
     */
    static List<String[]> sample(String seed, List<CaseSummaries.ClosedCase> closed, Integer size, Double share) {
        Map<String, List<String[]>> byAgency = new LinkedHashMap<>();
        for (CaseSummaries.ClosedCase c : closed) {
            byAgency.computeIfAbsent(c.agencyCode(), a -> new ArrayList<>())
                    .add(new String[] { c.businessKey(), c.agencyCode(), rank(seed, c.businessKey()) });
        }
        List<String[]> drawn = new ArrayList<>();
        for (List<String[]> cases : byAgency.values()) {
            cases.sort(Comparator.comparing(c -> c[2]));
            int n = size != null ? size : (int) Math.max(1, Math.ceil(share * cases.size() - 1e-9));
            drawn.addAll(cases.subList(0, Math.min(n, cases.size())));
        }
        return drawn;
    }

    static String rank(String seed, String businessKey) {
        return sha256(seed + ":" + businessKey);
    }

    /** SHA-256 in hex of the text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cases of the agencies that ended on a day of the period, in the server's zone. */
    private List<CaseSummaries.ClosedCase> closed(List<String> agencies, LocalDate from, LocalDate to) {
        return summaries.closed(agencies, from.atStartOfDay(clock.getZone()).toInstant(),
                to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    private static InvalidInput nothingToDraw(RoundRequest request) {
        return new InvalidInput("所选执法机关在 " + request.from() + " 至 " + request.to() + " 没有办结的案件，无案卷可抽取");
    }

    /** A share may not draw more from an agency than a size may. */
    private void requireTooManyNot(List<CaseSummaries.ClosedCase> closed, Integer size, Double share) {
        if (share == null) {
            return;
        }
        Map<String, Integer> perAgency = new LinkedHashMap<>();
        closed.forEach(c -> perAgency.merge(c.agencyCode(), 1, Integer::sum));
        for (var agency : perAgency.entrySet()) {
            int n = (int) Math.max(1, Math.ceil(share * agency.getValue() - 1e-9));
            if (n > settings.maxSample()) {
                throw new InvalidInput("sampleShare（抽取比例）" + share + " 会从 " + agency.getKey() + " 抽取 " + n
                        + " 件，超过每个机关最多 " + settings.maxSample() + " 件");
            }
        }
    }

    /** A round of any of the agencies over an overlapping period that still runs, if any. */
    private String overlapping(Collection<String> agencies, LocalDate from, LocalDate to) {
        for (Map<String, Object> row : jdbc.queryForList("select business_key, agencies from case_review_rounds r "
                + "where period_from <= ? and period_to >= ? and not exists (select 1 from case_review_agencies a "
                + "where a.round_key = r.business_key)", Date.valueOf(to), Date.valueOf(from))) {
            String key = (String) row.get("business_key");
            boolean shared = List.of(((String) row.get("agencies")).split(",")).stream().anyMatch(agencies::contains);
            boolean running = EngineCalls.asServer(engine, () -> engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(key).processDefinitionKey(CaseFileReviewProcess.KEY).count() > 0);
            if (shared && running) {
                return key;
            }
        }
        return null;
    }

    /** The cases the round drew, in the order of their rank. */
    public List<String> sampleOf(String roundKey) {
        return jdbc.queryForList("select case_key from case_review_items where round_key = ? order by agency_code, "
                + "draw_rank", String.class, roundKey);
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

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
