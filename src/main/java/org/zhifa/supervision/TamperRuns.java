package org.zhifa.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.engine.EngineCalls;
import org.zhifa.evidence.AccessLog;
import org.zhifa.record.CaseRecord;
import org.zhifa.record.Verification;
import org.zhifa.supervision.process.TamperVerificationProcess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tamper runs (RM24, RM3): every case's record chain recomputed against its head and the latest checkpoints, and
 * the evidence access log's chain, in one run whose result is kept with the history of all runs. Runs are steps of
 * {@code bpmn/tamper-verification.bpmn}: its timer starts one every night on one node of the cluster (an engine job),
 * a supervisor may start one at any time, and a run that finds anything gives the administrators a task.
 */
@Service
public class TamperRuns {

    /** What started a run. */
    public static final String SCHEDULED = "scheduled";
    public static final String REQUESTED = "requested";

    /**
     * A broken record: the case (or checkpoint object), the first entry that fails and why.
     *
     * @param seq the sequence number of the first entry that fails, or null
     */
    public record Finding(String businessKey, Long seq, String reason) {
    }

    /**
     * One run as it was found.
     *
     * @param trigger     {@link #SCHEDULED} or {@link #REQUESTED}
     * @param requestedBy the supervisor who started it, else null
     * @param findings    every broken record, empty when all were intact
     * @param failed      whether the run found anything: a broken record or access log
     */
    public record Run(long id, String businessKey, String trigger, String requestedBy, Instant startedAt,
            Instant finishedAt, int casesChecked, List<Finding> findings, int accessLogEntries, boolean accessLogValid,
            String accessLogReason, boolean failed) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private final CaseRecord caseRecord;
    private final AccessLog accessLog;
    private final JdbcTemplate jdbc;
    private final ProcessEngine engine;
    private final Clock clock;

    TamperRuns(CaseRecord caseRecord, AccessLog accessLog, JdbcTemplate jdbc, ProcessEngine engine, Clock clock) {
        this.caseRecord = caseRecord;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Starts a run now, for {@code supervisor}; it runs as a job of the engine, so the answer comes before the run.
     *
     * @return the run's process instance
     */
    public String request(String supervisor) {
        return EngineCalls.asServer(engine, () -> engine.getRuntimeService().startProcessInstanceByMessage(
                TamperVerificationProcess.MESSAGE_REQUESTED, Map.of(TamperVerificationProcess.REQUESTED_BY, supervisor))
                .getId());
    }

    /** Verifies everything and keeps the result, under the run's business key (its step's record). */
    @Transactional
    public Run run(String businessKey, String trigger, String requestedBy) {
        Instant started = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        CaseRecord.Audit audit = caseRecord.audit();
        AccessLog.Check log = accessLog.verify();
        List<Finding> findings = audit.broken().stream().map(TamperRuns::finding).toList();
        Instant finished = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String json;
        try {
            json = JSON.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jdbc.update("insert into tamper_runs (business_key, run_trigger, requested_by, started_at, finished_at, "
                + "cases_checked, broken_cases, findings, access_log_entries, access_log_valid, access_log_reason) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, businessKey);
                    ps.setString(2, trigger);
                    ps.setString(3, requestedBy);
                    ps.setTimestamp(4, Timestamp.from(started), UTC);
                    ps.setTimestamp(5, Timestamp.from(finished), UTC);
                    ps.setInt(6, audit.cases());
                    ps.setInt(7, findings.size());
                    ps.setString(8, json);
                    ps.setInt(9, log.entries());
                    ps.setBoolean(10, log.valid());
                    ps.setString(11, log.reason() == null ? null : shorten(log.reason()));
                });
        return find(businessKey);
    }

    /** The latest runs, newest first. */
    @Transactional(readOnly = true)
    public List<Run> latest(int limit) {
        return jdbc.query("select * from tamper_runs order by id desc limit ?", ROW, limit);
    }

    /** The run kept under a business key. */
    @Transactional(readOnly = true)
    public Run find(String businessKey) {
        return jdbc.query("select * from tamper_runs where business_key = ?", ROW, businessKey).stream().findFirst()
                .orElseThrow(() -> new org.zhifa.shared.NotFound("没有校验运行 " + businessKey));
    }

    private static Finding finding(Verification v) {
        return new Finding(v.businessKey(), v.brokenSeq(), v.reason());
    }

    private static String shorten(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static final RowMapper<Run> ROW = (rs, n) -> {
        List<Finding> findings;
        try {
            findings = JSON.readValue(rs.getString("findings"), new TypeReference<List<Finding>>() {
            });
        } catch (JsonProcessingException e) {
            findings = List.of(new Finding("?", null, "校验结果无法读取：" + e.getOriginalMessage()));
        }
        return new Run(rs.getLong("id"), rs.getString("business_key"), rs.getString("run_trigger"),
                rs.getString("requested_by"), rs.getTimestamp("started_at", UTC).toInstant(),
                rs.getTimestamp("finished_at", UTC).toInstant(), rs.getInt("cases_checked"), findings,
                rs.getInt("access_log_entries"), rs.getBoolean("access_log_valid"), rs.getString("access_log_reason"),
                !findings.isEmpty() || !rs.getBoolean("access_log_valid"));
    };
}
