package org.zhifa.requests;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.engine.EngineCalls;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.disclosure.DisclosureSettings;
import org.zhifa.requests.process.InformationRequestProcess;
import org.zhifa.shared.RequiredFields;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Refusal;

/**
 * PM22: a citizen's or organisation's request for government information (政府信息公开条例), taken in on the portal
 * or the open API and routed like a correction: {@code bpmn/information-request.bpmn} has a disclosure officer answer
 * it within 20 working days (Regulations Art. 33), with one of the answers of Art. 36, warns the head before the
 * deadline and flags it overdue after. The requester follows it with the request number and query code.
 */
@Service
public class InformationRequests {

    public static final Map<String, String> DELIVERY = Map.of("electronic", "电子数据", "paper", "纸质", "onsite",
            "当面查阅");
    public static final Map<String, String> OUTCOMES = outcomes();
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String STEP = "办理政府信息公开申请";

    /** What the requester gets back: the number and code to follow the request, and the answer's deadline. */
    public record Receipt(long reference, String queryCode, LocalDate answerBy) {
    }

    /** Where a request stands, as the requester may see it. */
    public record Status(long reference, String agencyName, Instant receivedAt, LocalDate answerBy, String outcome,
            String outcomeName, String reply, Instant decidedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final WorkingDays workingDays;
    private final DisclosureSettings settings;
    private final ProcessEngine engine;
    private final Clock clock;

    InformationRequests(JdbcTemplate jdbc, Directory directory, WorkingDays workingDays, DisclosureSettings settings,
            ProcessEngine engine, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.workingDays = workingDays;
        this.settings = settings;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Takes in a request.
     *
     * @throws Refusal invalid naming a missing or wrong field; not found for an unknown agency
     */
    @Transactional
    public Receipt submit(String agencyCode, String requester, String idDocument, String contact, String description,
            String delivery) {
        RequiredFields.require(agencyCode, "agencyCode（受理机关）", 32);
        Agency agency = directory.agency(agencyCode.strip())
                .orElseThrow(() -> new NotFound("没有执法机关 " + agencyCode.strip()));
        RequiredFields.require(requester, "requester（申请人姓名或者名称）", 255);
        RequiredFields.require(idDocument, "idDocument（身份证件号码或者统一社会信用代码）", 64);
        RequiredFields.require(contact, "contact（联系方式）", 255);
        String text = RequiredFields.requireText(description, "description（所需信息的名称、文号或者便于查询的其他特征描述）", 4000);
        String how = delivery == null || delivery.isBlank() ? "electronic" : delivery.strip();
        if (!DELIVERY.containsKey(how)) {
            throw new InvalidInput("delivery（获取信息的方式）应为 electronic（电子数据）、paper（纸质）或 onsite（当面查阅）");
        }
        LocalDate today = today();
        Deadline deadline = Deadline.of(today, settings.otherWorkingDays(), settings.warningWorkingDays(),
                workingDays, clock.getZone());
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Map<String, Object> variables = new HashMap<>();
        variables.put(InformationRequestProcess.AGENCY, agency.getCode());
        variables.put(InformationRequestProcess.AGENCY_NAME, agency.getName());
        variables.put(InformationRequestProcess.REQUESTER, requester.strip());
        variables.put(InformationRequestProcess.ID_DOCUMENT, idDocument.strip());
        variables.put(InformationRequestProcess.CONTACT, contact.strip());
        variables.put(InformationRequestProcess.DESCRIPTION, text);
        variables.put(InformationRequestProcess.DELIVERY, DELIVERY.get(how));
        variables.put(InformationRequestProcess.LAST_DAY, deadline.lastDay().toString());
        variables.put(InformationRequestProcess.DUE, deadline.due());
        variables.put(InformationRequestProcess.WARN_AT, deadline.warnAt());
        String businessKey = InformationRequestProcess.BUSINESS_KEY_PREFIX + agency.getCode() + "-"
                + java.util.UUID.randomUUID().toString().substring(0, 8);
        String instance = EngineCalls.asServer(engine, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(InformationRequestProcess.KEY, businessKey, variables).getId());
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into information_requests (agency_code, requester, "
                    + "id_document, contact, description, delivery, query_code, received_at, answer_by, "
                    + "process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setString(1, agency.getCode());
            ps.setString(2, requester.strip());
            ps.setString(3, idDocument.strip());
            ps.setString(4, contact.strip());
            ps.setString(5, text);
            ps.setString(6, how);
            ps.setString(7, code);
            ps.setTimestamp(8, now(), UTC);
            ps.setObject(9, deadline.lastDay());
            ps.setString(10, instance);
            return ps;
        }, key);
        return new Receipt(key.getKey().longValue(), code, deadline.lastDay());
    }

    /** The request's state, if the number exists and the code is its own; empty otherwise (the same answer). */
    @Transactional(readOnly = true)
    public Optional<Status> status(long reference, String code) {
        return jdbc.query("select r.id, r.agency_code, r.query_code, r.received_at, r.answer_by, o.outcome, o.reply, "
                + "o.decided_at from information_requests r left join information_request_outcomes o "
                + "on o.request_id = r.id where r.id = ?", (rs, n) -> {
                    if (code == null || !code.equals(rs.getString("query_code"))) {
                        return null;
                    }
                    Timestamp decided = rs.getTimestamp("decided_at", UTC);
                    String outcome = rs.getString("outcome");
                    return new Status(rs.getLong("id"), directory.agency(rs.getString("agency_code"))
                            .map(Agency::getName).orElse(rs.getString("agency_code")),
                            rs.getTimestamp("received_at", UTC).toInstant(), rs.getDate("answer_by").toLocalDate(),
                            outcome, outcome == null ? null : OUTCOMES.get(outcome), rs.getString("reply"),
                            decided == null ? null : decided.toInstant());
                }, reference).stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * Records the officer's answer (Regulations Art. 36); a refusal or partial disclosure gives its reasons. An
     * answer after the request's last day (as stored when it was received) is marked late.
     *
     * @throws InvalidSubmissionException without an answer of Art. 36, or without (or with too long) a reply
     */
    @Transactional
    public void answer(String processInstanceId, String outcome, String reply, String actor) {
        if (outcome == null || !OUTCOMES.containsKey(outcome)) {
            throw new InvalidSubmissionException(STEP, List.of(new FieldError(InformationRequestProcess.OUTCOME,
                    "答复类型", "请选择答复类型")));
        }
        if (reply != null && reply.length() > 20_000) {
            throw new InvalidSubmissionException(STEP, List.of(new FieldError(InformationRequestProcess.REPLY,
                    "答复内容", "不能超过 20000 个字符；篇幅大的信息作为附件提供")));
        }
        if (reply == null) {
            throw new InvalidSubmissionException(STEP, List.of(new FieldError(InformationRequestProcess.REPLY,
                    "答复内容", "必须填写；不予公开、部分公开的，写明理由、依据和救济途径")));
        }
        Map<String, Object> request = jdbc.queryForMap("select id, answer_by from information_requests where "
                + "process_instance_id = ?", processInstanceId);
        long id = ((Number) request.get("id")).longValue();
        boolean late = today().isAfter(((java.sql.Date) request.get("answer_by")).toLocalDate());
        jdbc.update("insert into information_request_outcomes (request_id, outcome, reply, late, decided_by, "
                + "decided_at) values (?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, id);
                    ps.setString(2, outcome);
                    ps.setString(3, reply);
                    ps.setBoolean(4, late);
                    ps.setString(5, actor);
                    ps.setTimestamp(6, now(), UTC);
                });
    }

    /** A request still to be answered by its day (PM22). */
    public record Open(long id, String agencyCode, Instant receivedAt, LocalDate answerBy) {
    }

    /** Every request not yet answered. */
    public List<Open> open() {
        return jdbc.query("select r.id, r.agency_code, r.received_at, r.answer_by from information_requests r where "
                + "not exists (select 1 from information_request_outcomes o where o.request_id = r.id) order by "
                + "r.answer_by", (rs, n) -> new Open(rs.getLong("id"), rs.getString("agency_code"),
                        rs.getTimestamp("received_at", UTC).toInstant(), rs.getDate("answer_by").toLocalDate()));
    }

    /** An agency's requests of a period (PM22): received, answered, answered after their day, still owed past it. */
    public record Counts(long received, long answered, long answeredLate, long overdue) {
    }

    public Counts counts(String agencyCode, Instant from, Instant to, LocalDate today) {
        long[] counts = new long[4];
        jdbc.query("select r.answer_by, o.decided_at from information_requests r left join information_request_outcomes"
                + " o on o.request_id = r.id where r.agency_code = ? and r.received_at >= ? and r.received_at < ?",
                ps -> {
                    ps.setString(1, agencyCode);
                    ps.setTimestamp(2, java.sql.Timestamp.from(from), UTC);
                    ps.setTimestamp(3, java.sql.Timestamp.from(to), UTC);
                }, (java.sql.ResultSet rs) -> {
                    counts[0]++;
                    LocalDate answerBy = rs.getDate("answer_by").toLocalDate();
                    java.sql.Timestamp decided = rs.getTimestamp("decided_at", UTC);
                    if (decided != null) {
                        counts[1]++;
                        if (decided.toInstant().atZone(clock.getZone()).toLocalDate().isAfter(answerBy)) {
                            counts[2]++;
                        }
                    } else if (today.isAfter(answerBy)) {
                        counts[3]++;
                    }
                });
        return new Counts(counts[0], counts[1], counts[2], counts[3]);
    }

    /** Requests past their deadline without an answer, oldest first: for supervisors (PM20). */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> overdue() {
        return jdbc.query("select r.id, r.agency_code, r.received_at, r.answer_by from information_requests r left join "
                + "information_request_outcomes o on o.request_id = r.id where o.request_id is null and r.answer_by < ? "
                + "order by r.answer_by, r.id", (rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("reference", rs.getLong(1));
                    row.put("agencyCode", rs.getString(2));
                    row.put("receivedAt", rs.getTimestamp(3, UTC).toInstant());
                    row.put("answerBy", rs.getDate(4).toLocalDate());
                    return row;
                }, java.sql.Date.valueOf(today()));
    }

    private static Map<String, String> outcomes() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put("disclosed", "予以公开");
        outcomes.put("partly", "部分公开");
        outcomes.put("refused", "不予公开");
        outcomes.put("already-public", "已经主动公开，告知获取方式");
        outcomes.put("not-held", "经检索没有所申请的信息");
        outcomes.put("not-ours", "不属于本机关负责公开，告知负责机关");
        outcomes.put("unclear", "申请内容不明确，告知补正");
        outcomes.put("repeated", "重复申请，不予重复处理");
        return java.util.Collections.unmodifiableMap(outcomes);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }
}
