package org.zhifa.evidence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.engine.EngineCalls;
import org.zhifa.evidence.process.AvInterruptionReportProcess;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.Refusal;

/**
 * Interruptions of uninterrupted recording (RM15, RM17): the objective reason, when it stopped and when it resumed —
 * or that it could not resume, which at once gives the agency head a task and then asks the officer for a written
 * explanation ({@code bpmn/av-interruption-report.bpmn}, recorded in the case's record).
 */
@Service
public class Interruptions {

    static final Map<String, String> REASONS = Map.of("equipment", "设备故障或损坏", "battery", "电量不足", "storage",
            "存储空间已满", "weather", "天气原因", "obstruction", "被阻挠", "other", "其他客观原因");
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /** A reported interruption. */
    public record Interruption(long id, String businessKey, String step, Long evidenceId, String reason,
            Instant stoppedAt, Instant resumedAt, boolean couldNotResume, String remarks, String reportedBy,
            Instant reportedAt, String processInstanceId) {
    }

    private final JdbcTemplate jdbc;
    private final ProcessEngine engine;
    private final CaseInvolvement involvement;
    private final CaseAccess caseAccess;
    private final Clock clock;

    Interruptions(JdbcTemplate jdbc, ProcessEngine engine, CaseInvolvement involvement, CaseAccess caseAccess,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.engine = engine;
        this.involvement = involvement;
        this.caseAccess = caseAccess;
    }

    /**
     * @throws Refusal naming the field that is missing or wrong
     */
    @Transactional
    public Interruption report(String businessKey, String step, Long evidenceId, String reason, String stoppedAt,
            String resumedAt, boolean couldNotResume, String remarks, String user, Collection<String> groups) {
        caseAccess.requireAdd(user, groups, businessKey, "报告本案的音像记录中断");
        if (step == null || step.isBlank()) {
            throw new InvalidInput("缺少 step（中断发生的办案步骤）");
        }
        if (!REASONS.containsKey(reason)) {
            throw new InvalidInput("reason “" + reason + "”无效，应为 " + String.join("、", REASONS.keySet()));
        }
        Instant stopped = instant("stoppedAt", stoppedAt);
        Instant resumed = resumedAt == null || resumedAt.isBlank() ? null : instant("resumedAt", resumedAt);
        if (resumed == null && !couldNotResume) {
            throw new InvalidInput("须填写 resumedAt（恢复录制时间），或说明无法恢复（couldNotResume）");
        }
        if (resumed != null && couldNotResume) {
            throw new InvalidInput("已填写 resumedAt，不能同时说明无法恢复");
        }
        if (resumed != null && resumed.isBefore(stopped)) {
            throw new InvalidInput("resumedAt 早于 stoppedAt");
        }
        if (stopped.isAfter(Instant.now(clock).plusSeconds(300))) {
            throw new InvalidInput("stoppedAt " + stoppedAt + " 晚于当前时间");
        }
        involvement.requireRunningAt(businessKey, step, "不能再报告中断");
        if (evidenceId != null && jdbc.queryForObject("select count(*) from evidence_items where id = ? and "
                + "business_key = ?", Integer.class, evidenceId, businessKey) == 0) {
            throw new InvalidInput("evidenceId " + evidenceId + " 不是案件 " + businessKey + " 的证据");
        }
        String instance = null;
        if (couldNotResume) {
            // the report is the server's side process of the case, started for the officer who reported
            instance = EngineCalls.asServer(engine, () -> engine.getRuntimeService().startProcessInstanceByKey(
                    AvInterruptionReportProcess.KEY, businessKey, Map.of(AvInterruptionReportProcess.INTERRUPTED_STEP,
                            step, AvInterruptionReportProcess.REASON, reason, AvInterruptionReportProcess.REASON_TEXT,
                            REASONS.get(reason), AvInterruptionReportProcess.STOPPED_AT, stopped.toString(),
                            AvInterruptionReportProcess.REPORTED_BY, user)).getId());
        }
        String processInstance = instance;
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("insert into av_interruptions (business_key, step, evidence_id, reason, stopped_at, resumed_at, "
                + "could_not_resume, remarks, reported_by, reported_at, process_instance_id) values (?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?)", ps -> {
                    ps.setString(1, businessKey);
                    ps.setString(2, step);
                    ps.setObject(3, evidenceId);
                    ps.setString(4, reason);
                    ps.setTimestamp(5, Timestamp.from(stopped), UTC);
                    ps.setTimestamp(6, resumed == null ? null : Timestamp.from(resumed), UTC);
                    ps.setBoolean(7, couldNotResume);
                    ps.setString(8, remarks);
                    ps.setString(9, user);
                    ps.setTimestamp(10, Timestamp.from(now), UTC);
                    ps.setString(11, processInstance);
                });
        List<Interruption> all = of(businessKey);
        return all.get(all.size() - 1);
    }

    /** The case's reports, for those who may see its evidence (RM22). */
    @Transactional
    public List<Interruption> of(String businessKey, String user, Collection<String> groups) {
        caseAccess.read(user, groups, businessKey, "interruptions", "查看本案的音像记录中断报告");
        return of(businessKey);
    }

    /**
     * Interruptions that could not resume whose written explanation (RM17) is still owed: their report process has
     * not ended. For supervisors, every case.
     */
    public List<Interruption> unexplained() {
        List<Interruption> open = jdbc.query("select * from av_interruptions where could_not_resume = ? order by id",
                this::row, true);
        return EngineCalls.asServer(engine, () -> open.stream().filter(i -> i.processInstanceId() == null
                || engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceId(i.processInstanceId()).finished().count() == 0).toList());
    }

    private List<Interruption> of(String businessKey) {
        return jdbc.query("select * from av_interruptions where business_key = ? order by id", this::row, businessKey);
    }

    private Interruption row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long evidence = rs.getLong("evidence_id");
        Long evidenceId = rs.wasNull() ? null : evidence;
        Timestamp resumed = rs.getTimestamp("resumed_at", UTC);
        return new Interruption(rs.getLong("id"), rs.getString("business_key"), rs.getString("step"), evidenceId,
                rs.getString("reason"), rs.getTimestamp("stopped_at", UTC).toInstant(),
                resumed == null ? null : resumed.toInstant(), rs.getBoolean("could_not_resume"),
                rs.getString("remarks"), rs.getString("reported_by"), rs.getTimestamp("reported_at", UTC).toInstant(),
                rs.getString("process_instance_id"));
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("缺少 " + field);
        }
        try {
            return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field + " “" + text + "”不是带时区的 ISO-8601 日期时间");
        }
    }
}
