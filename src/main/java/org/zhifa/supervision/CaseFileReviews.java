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

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.cases.CaseSummaries;
import org.zhifa.directory.Directory;
import org.zhifa.engine.EngineCalls;
import org.zhifa.shared.CleanText;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.StateConflict;
import org.zhifa.supervision.process.CaseFileReviewProcess;

/**
 * 案卷评查 (RM9), the round and its draw: a supervisor opens a round over agencies and a period; the server draws,
 * per agency, a sample of the cases closed in the period — each case ranked by SHA-256 of the round's seed and its
 * number, the lowest ranks taken, so anyone with the seed and the list of closed cases can repeat the draw. Its
 * dossiers are then scored, graded and rectified under {@link ReviewSteps}. The round is
 * {@code bpmn/case-file-review.bpmn}, so its draw, its scores and its answers are in its own hash-chained record; the
 * history is kept in this module's tables, insert-only.
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

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final SecureRandom SEEDS = new SecureRandom();
    private static final int MAX_AGENCIES = 100;

    private final CaseSummaries summaries;
    private final Directory directory;
    private final ReviewSettings settings;
    private final ReviewSheet sheet;
    private final JdbcTemplate jdbc;
    private final ProcessEngine engine;
    private final Clock clock;

    CaseFileReviews(CaseSummaries summaries, Directory directory, ReviewSettings settings, JdbcTemplate jdbc,
            ProcessEngine engine, Clock clock) {
        this.summaries = summaries;
        this.directory = directory;
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
        String seed = HexFormat.of().formatHex(seedBytes());
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

    private static byte[] seedBytes() {
        byte[] seed = new byte[16];
        SEEDS.nextBytes(seed);
        return seed;
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

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
