package org.zhifa.disclosure;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StateConflict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Last year's enforcement figures of each agency (PM8.5, PM8.6), computed each January by
 * {@code bpmn/annual-statistics.bpmn}, reviewed by a disclosure officer and published by 31 January (PM18). Penalties
 * count once per decision under the most severe kind ({@link StatisticsSettings#severity()}), with the fines; licences
 * by outcome; coercive measures, inspections and applications by the steps of the record that ended in the year;
 * reconsideration and litigation by outcome. Used as {@code annualStatistics} in the model.
 */
@Service("annualStatistics")
public class AnnualStatistics {

    public static final String PROCESS = "annual-statistics";
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /** How many of something, with its label. */
    public record Count(String kind, String label, long count) {
    }

    /** An agency's figures for a year, as published. */
    public record Figures(String agencyCode, String agencyName, int year, long penaltyDecisions,
            long noPenaltyDecisions, List<Count> penaltiesByKind, long fineDecisions, BigDecimal fineAmount,
            long applicationsReceived, long applicationsAccepted, long applicationsNotAccepted, long licencesGranted,
            long licencesRefused, long licencesRevoked, long coerciveMeasures, long inspections,
            List<Count> reconsideration, List<Count> litigation) {
    }

    /** One computation of the figures, and whether (and when) it was published. */
    public record Statistics(long id, Figures figures, Instant computedAt, Instant publishedAt, boolean late) {

        public boolean published() {
            return publishedAt != null;
        }
    }

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final StatisticsSettings settings;
    private final DisclosureSettings deadlines;
    private final WorkingDays workingDays;
    private final HistoryService history;
    private final ProcessEngineConfigurationImpl engine;
    private final ObjectMapper json;
    private final ZoneId zone;

    AnnualStatistics(JdbcTemplate jdbc, Directory directory, StatisticsSettings settings, DisclosureSettings deadlines,
            WorkingDays workingDays, HistoryService history, ProcessEngineConfiguration engine, ObjectMapper json,
            @Value("${zhifa.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.settings = settings;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.history = history;
        this.engine = (ProcessEngineConfigurationImpl) engine;
        this.json = json;
        this.zone = zone;
    }

    /**
     * Starts the statistics of a finished year by hand (a new installation, a rerun after late entries).
     *
     * @throws Refusal 400 for a year not yet over, 409 while that year's statistics are under way
     */
    @Transactional
    public String start(int year) {
        if (year >= today().getYear() || year < 2000) {
            throw new InvalidInput("year（统计年度）" + year + " 不是已经结束的年度");
        }
        String businessKey = "STAT-" + year;
        String started = engine.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .processDefinitionKey(PROCESS).count() > 0) {
                return null;
            }
            return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, businessKey,
                    Map.of("statisticsYear", year)).getId();
        });
        if (started == null) {
            throw new StateConflict(year + " 年度的统计正在进行，请在任务中审核");
        }
        return started;
    }

    /**
     * Names the run as it starts, before its first step is recorded: the year (last year when the January timer
     * starts it) and the business key {@code STAT-year}, under which its steps are chained.
     */
    public void name(DelegateExecution execution) {
        Object given = execution.getVariable("statisticsYear");
        int year = given == null ? today().getYear() - 1 : ((Number) given).intValue();
        execution.setVariable("statisticsYear", year);
        if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
            execution.setProcessBusinessKey("STAT-" + year);
        }
    }

    /** The agencies and the deadline: 31 January, the head warned before. */
    public void prepare(DelegateExecution execution) {
        int year = ((Number) execution.getVariable("statisticsYear")).intValue();
        LocalDate lastDay = LocalDate.of(year + 1, 1, 31);
        LocalDate today = today();
        // a late first run or a rerun gets the usual 20 working days for its review; what was not published by
        // 31 January is flagged when its figures are computed
        Deadline deadline = today.isAfter(lastDay)
                ? Deadline.of(today, deadlines.otherWorkingDays(), deadlines.warningWorkingDays(), workingDays, zone)
                : Deadline.ending(today, lastDay, 3, workingDays, zone);
        execution.setVariable("agencyCodes", new ArrayList<>(directory.agencies().stream().map(Agency::getCode)
                .toList()));
        execution.setVariable("statisticsLastDay", lastDay.toString());
        execution.setVariable("statisticsDue", deadline.due());
        execution.setVariable("statisticsWarnAt", deadline.warnAt());
    }

    /** Computes one agency's figures (the multi-instance element {@code agencyCode}) and keeps them for review. */
    public void compute(DelegateExecution execution) {
        String agencyCode = (String) execution.getVariable("agencyCode");
        int year = ((Number) execution.getVariable("statisticsYear")).intValue();
        Figures figures = figures(agencyCode, year);
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into annual_statistics (agency_code, stat_year, figures, "
                    + "computed_at, process_instance_id) values (?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setString(1, agencyCode);
            ps.setInt(2, year);
            ps.setString(3, write(figures));
            ps.setTimestamp(4, EngineTime.now(), UTC);
            ps.setString(5, execution.getProcessInstanceId());
            return ps;
        }, key);
        if (today().isAfter(LocalDate.of(year + 1, 1, 31))) {
            flagOverdue(agencyCode, year);
        }
        execution.setVariableLocal("statisticsId", key.getKey().longValue());
        execution.setVariableLocal("agencyName", figures.agencyName());
        execution.setVariableLocal("statisticsText", readable(figures));
    }

    /** Publishes the reviewed figures; published after 31 January they are marked late. */
    public void publish(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("statisticsId")).longValue();
        Statistics statistics = computation(id);
        Figures figures = statistics.figures();
        Long onTime = jdbc.queryForObject("select count(*) from annual_statistics_publications where agency_code = ? "
                + "and stat_year = ? and late = false", Long.class, figures.agencyCode(), figures.year());
        boolean late = today().isAfter(LocalDate.of(figures.year() + 1, 1, 31)) && onTime == 0;
        jdbc.update("insert into annual_statistics_publications (statistics_id, agency_code, stat_year, late, "
                + "published_by, published_at) values (?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, id);
                    ps.setString(2, figures.agencyCode());
                    ps.setInt(3, figures.year());
                    ps.setBoolean(4, late);
                    ps.setString(5, EngineTime.actor());
                    ps.setTimestamp(6, EngineTime.now(), UTC);
                });
    }

    /** 31 January passed before publication (PM18, PM20.5): flagged once for supervisors; the review stays open. */
    public void markOverdue(DelegateExecution execution) {
        flagOverdue((String) execution.getVariable("agencyCode"),
                ((Number) execution.getVariable("statisticsYear")).intValue());
    }

    /** Flags the agency's year once, unless its statistics were already published (a rerun is not overdue). */
    private void flagOverdue(String agencyCode, int year) {
        if (jdbc.queryForObject("select count(*) from annual_statistics_publications where agency_code = ? "
                + "and stat_year = ?", Long.class, agencyCode, year) > 0) {
            return;
        }
        if (jdbc.queryForObject("select count(*) from annual_statistics_overdue where agency_code = ? and stat_year = ?",
                Long.class, agencyCode, year) == 0) {
            jdbc.update("insert into annual_statistics_overdue (agency_code, stat_year, flagged_at) values (?, ?, ?)",
                    ps -> {
                        ps.setString(1, agencyCode);
                        ps.setInt(2, year);
                        ps.setTimestamp(3, EngineTime.now(), UTC);
                    });
        }
    }

    /** Counts an agency's year from the decisions, the record and the review outcomes. */
    @Transactional(readOnly = true)
    public Figures figures(String agencyCode, int year) {
        Agency agency = directory.agency(agencyCode)
                .orElseThrow(() -> new NotFound("执法机关 " + agencyCode + " 未登记"));
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, Long> byKind = new LinkedHashMap<>();
        settings.severity().forEach(kind -> byKind.put(kind.kind(), 0L));
        long[] totals = new long[6]; // penalty, noPenalty, fineDecisions, granted, refused, revoked
        BigDecimal[] fines = { BigDecimal.ZERO };
        jdbc.query("select outcome, most_severe, penalties, fine_amount from enforcement_decisions "
                + "where agency_code = ? and decision_date between ? and ?", (ResultSet rs) -> {
                    String outcome = rs.getString("outcome");
                    List<String> penalties = rs.getString("penalties") == null ? List.of()
                            : List.of(rs.getString("penalties").split(","));
                    switch (outcome) {
                        case "penalty" -> {
                            totals[0]++;
                            byKind.merge(rs.getString("most_severe") == null ? "other" : rs.getString("most_severe"),
                                    1L, Long::sum);
                        }
                        case "noPenalty" -> totals[1]++;
                        case "grant" -> totals[3]++;
                        case "refuse" -> totals[4]++;
                        default -> {
                        }
                    }
                    BigDecimal fine = rs.getBigDecimal("fine_amount");
                    if (fine != null && fine.signum() > 0) {
                        totals[2]++;
                        fines[0] = fines[0].add(fine);
                    }
                    if (penalties.contains("revokeLicence")) {
                        totals[5]++;
                    }
                }, agencyCode, java.sql.Date.valueOf(first), java.sql.Date.valueOf(last));
        Map<String, Long> steps = countedSteps(agencyCode, year);
        return new Figures(agencyCode, agency.getName(), year, totals[0], totals[1],
                byKind.entrySet().stream().map(e -> new Count(e.getKey(), settings.label(e.getKey()), e.getValue()))
                        .toList(),
                totals[2], fines[0].setScale(2), steps.getOrDefault("applications-received", 0L),
                steps.getOrDefault("applications-accepted", 0L), steps.getOrDefault("applications-not-accepted", 0L),
                totals[3], totals[4], totals[5], steps.getOrDefault("coercive-measures", 0L),
                steps.getOrDefault("inspections", 0L), reviews(agencyCode, "reconsideration", first, last),
                reviews(agencyCode, "litigation", first, last));
    }

    /** How many of each counted step ended in the year in the agency's cases (the case's agency, else the actor's). */
    private Map<String, Long> countedSteps(String agencyCode, int year) {
        Timestamp from = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
        Map<String, Long> counts = new HashMap<>();
        Map<String, Optional<String>> agencies = new HashMap<>();
        Map<String, Optional<String>> actors = new HashMap<>();
        for (Map.Entry<String, List<String>> category : settings.countedSteps().entrySet()) {
            for (String step : category.getValue()) {
                String[] keyAndActivity = step.split(":", 2);
                List<String[]> ended = jdbc.query("select process_instance_id, actor from record_entries where "
                        + "process_definition_key = ? and activity_id = ? and ended_at >= ? and ended_at < ?", ps -> {
                            ps.setString(1, keyAndActivity[0]);
                            ps.setString(2, keyAndActivity[1]);
                            ps.setTimestamp(3, from, UTC);
                            ps.setTimestamp(4, to, UTC);
                        }, (rs, n) -> new String[] { rs.getString(1), rs.getString(2) });
                resolveAgencies(ended.stream().map(e -> e[0]).filter(id -> !agencies.containsKey(id)).distinct()
                        .toList(), agencies);
                for (String[] entry : ended) {
                    Optional<String> agency = agencies.get(entry[0]);
                    if (agency.isEmpty()) {
                        agency = actors.computeIfAbsent(entry[1], this::agencyOfActor);
                    }
                    if (agency.filter(agencyCode::equals).isPresent()) {
                        counts.merge(category.getKey(), 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    private void resolveAgencies(List<String> processInstanceIds, Map<String, Optional<String>> into) {
        for (int i = 0; i < processInstanceIds.size(); i += 500) {
            List<String> batch = processInstanceIds.subList(i, Math.min(processInstanceIds.size(), i + 500));
            batch.forEach(id -> into.put(id, Optional.empty()));
            List<HistoricVariableInstance> found = withoutAuthorization(() -> history
                    .createHistoricVariableInstanceQuery().variableName("agencyCode")
                    .processInstanceIdIn(batch.toArray(String[]::new)).list());
            for (HistoricVariableInstance variable : found) {
                if (variable.getValue() instanceof String code) {
                    into.put(variable.getProcessInstanceId(), Optional.of(code));
                }
            }
        }
    }

    private Optional<String> agencyOfActor(String userId) {
        return userId == null ? Optional.empty() : directory.agencyCodeOf(userId);
    }

    private List<Count> reviews(String agencyCode, String channel, LocalDate first, LocalDate last) {
        Map<String, Long> found = new HashMap<>();
        jdbc.query("select outcome, count(*) from review_outcomes where agency_code = ? and channel = ? and "
                + "outcome_date between ? and ? group by outcome", (ResultSet rs) -> {
                    found.put(rs.getString(1), rs.getLong(2));
                }, agencyCode, channel, java.sql.Date.valueOf(first), java.sql.Date.valueOf(last));
        return ReviewOutcomes.OUTCOMES.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue(), found.getOrDefault(e.getKey(), 0L))).toList();
    }

    /** The published figures of an agency's year: the latest publication. */
    @Transactional(readOnly = true)
    public Optional<Statistics> published(String agencyCode, int year) {
        return jdbc.query("select s.*, p.published_at, p.late from annual_statistics_publications p join "
                + "annual_statistics s on s.id = p.statistics_id where p.agency_code = ? and p.stat_year = ? "
                + "order by p.published_at desc, s.id desc", (rs, n) -> statistics(rs), agencyCode, year).stream()
                .findFirst();
    }

    /** Every published year of every agency, newest year first; the latest publication of each. */
    @Transactional(readOnly = true)
    public List<Statistics> published() {
        Map<String, Statistics> latest = new LinkedHashMap<>();
        jdbc.query("select s.*, p.published_at, p.late from annual_statistics_publications p join annual_statistics s "
                + "on s.id = p.statistics_id order by p.stat_year desc, p.agency_code, p.published_at desc, s.id desc",
                (rs, n) -> statistics(rs)).forEach(s -> latest.putIfAbsent(s.figures().agencyCode() + "/"
                        + s.figures().year(), s));
        return List.copyOf(latest.values());
    }

    /** Every computation of an agency's year, newest first, published or not: for the staff. */
    @Transactional(readOnly = true)
    public List<Statistics> computations(String agencyCode, int year) {
        return jdbc.query("select s.*, p.published_at, p.late from annual_statistics s left join "
                + "annual_statistics_publications p on p.statistics_id = s.id where s.agency_code = ? "
                + "and s.stat_year = ? order by s.id desc", (rs, n) -> statistics(rs), agencyCode, year);
    }

    /** An agency's year whose statistics were not published by 31 January, flagged when the deadline passed. */
    public record Overdue(String agencyCode, int year, Instant flaggedAt) {
    }

    /** Agencies and years whose statistics were not published by 31 January. */
    @Transactional(readOnly = true)
    public List<Overdue> overdue() {
        return jdbc.query("select agency_code, stat_year, flagged_at from annual_statistics_overdue "
                + "order by stat_year desc, agency_code", (rs, n) -> new Overdue(rs.getString(1), rs.getInt(2),
                        rs.getTimestamp(3, UTC).toInstant()));
    }

    private Statistics computation(long id) {
        return jdbc.query("select s.*, p.published_at, p.late from annual_statistics s left join "
                + "annual_statistics_publications p on p.statistics_id = s.id where s.id = ?", (rs, n) -> statistics(rs),
                id).get(0);
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

    /** The figures as the reviewing officer reads them in Tasklist. */
    static String readable(Figures f) {
        StringBuilder text = new StringBuilder();
        text.append(f.agencyName()).append(' ').append(f.year()).append(" 年度\n");
        text.append("行政处罚决定 ").append(f.penaltyDecisions()).append(" 件（按最重处罚种类计：")
                .append(f.penaltiesByKind().stream().filter(c -> c.count() > 0).map(c -> c.label() + " " + c.count())
                        .collect(Collectors.joining("，")))
                .append("）；不予处罚 ").append(f.noPenaltyDecisions()).append(" 件；罚款 ").append(f.fineDecisions())
                .append(" 件，共 ").append(f.fineAmount().toPlainString()).append(" 元\n");
        text.append("行政许可：收到申请 ").append(f.applicationsReceived()).append(" 件，受理 ")
                .append(f.applicationsAccepted()).append(" 件，不予受理 ").append(f.applicationsNotAccepted())
                .append(" 件，准予 ").append(f.licencesGranted()).append(" 件，不予许可 ").append(f.licencesRefused())
                .append(" 件，吊销 ").append(f.licencesRevoked()).append(" 件\n");
        text.append("行政强制措施 ").append(f.coerciveMeasures()).append(" 次；行政检查 ").append(f.inspections())
                .append(" 次\n");
        text.append("行政复议：").append(reviewText(f.reconsideration())).append("\n");
        text.append("行政诉讼：").append(reviewText(f.litigation()));
        return text.toString();
    }

    private static String reviewText(List<Count> counts) {
        long total = counts.stream().mapToLong(Count::count).sum();
        return total == 0 ? "无" : total + " 件（" + counts.stream().filter(c -> c.count() > 0)
                .map(c -> c.label() + " " + c.count()).collect(Collectors.joining("，")) + "）";
    }

    private String write(Figures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T withoutAuthorization(java.util.concurrent.Callable<T> query) {
        var command = Context.getCommandContext();
        try {
            return command == null ? query.call() : command.runWithoutAuthorization(query);
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private LocalDate today() {
        return EngineTime.today(zone);
    }
}
