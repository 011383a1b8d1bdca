package org.zhifa.disclosure;

import static org.zhifa.disclosure.process.ResultDisclosureProcess.*;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Refusal;

/**
 * PM17 (and PM22 requests taken in the same way): a party reports that published information about them is
 * inaccurate; {@code bpmn/correction-request.bpmn} has a disclosure officer verify it within 20 working days, then
 * correct the publication (a new version; the old one stays) or refuse with reasons and remedies. The party follows
 * it with the request number and query code. Used as {@code correctionRequests} in the model.
 */
@Service("correctionRequests")
public class CorrectionRequests {

    public static final String PROCESS = "correction-request";
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the party gets back: the number and code to follow the request. */
    public record Receipt(long reference, String queryCode, LocalDate answerBy) {
    }

    /** Where a request stands, as the party may see it. */
    public record Status(long reference, Instant receivedAt, String outcome, String reply, Instant decidedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Publications publications;
    private final PublishedResults published;
    private final Redactor redactor;
    private final WorkingDays workingDays;
    private final DisclosureSettings settings;
    private final ProcessEngineConfigurationImpl engine;
    private final ZoneId zone;

    CorrectionRequests(JdbcTemplate jdbc, Publications publications, PublishedResults published, Redactor redactor,
            WorkingDays workingDays, DisclosureSettings settings, ProcessEngineConfiguration engine,
            @Value("${zhifa.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.publications = publications;
        this.published = published;
        this.redactor = redactor;
        this.workingDays = workingDays;
        this.settings = settings;
        this.engine = (ProcessEngineConfigurationImpl) engine;
        this.zone = zone;
    }

    /**
     * Takes in a request about a published result.
     *
     * @throws Refusal 404 for a result that is not published, 400 naming a missing field
     */
    @Transactional
    public Receipt submit(long publicationId, String requester, String contact, String description) {
        PublishedResults.Result result = published.find(publicationId)
                .orElseThrow(() -> new NotFound("没有编号为 " + publicationId + " 的已公示执法决定"));
        RequestFields.require(requester, "requester（申请人姓名或名称）", 255);
        RequestFields.require(contact, "contact（联系方式）", 255);
        RequestFields.require(description, "description（哪些信息不准确、应当如何更正）", 4000);
        Publications.Publication publication = publications.find(publicationId).orElseThrow();
        LocalDate today = LocalDate.now(zone);
        LocalDate answerBy = workingDays.after(today, settings.otherWorkingDays());
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Map<String, Object> variables = new HashMap<>();
        variables.put(PUBLICATION_ID, publicationId);
        variables.put(DECISION_NUMBER, result.decisionNumber());
        variables.put("requester", requester.strip());
        variables.put("requesterContact", contact.strip());
        variables.put("correctionDescription", description.strip());
        variables.put("correctionDue", Date.from(answerBy.plusDays(1).atStartOfDay(zone).toInstant()));
        variables.put(CASE_NAME, result.caseName());
        variables.put(PARTY_SHOWN, result.partyShown());
        variables.put(FACTS, result.facts());
        variables.put(LEGAL_BASIS, result.legalBasis());
        variables.put(DECISION, result.decision());
        variables.put(FORM, result.form());
        variables.put(FULL_TEXT, result.fullText());
        String instance = engine.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, publication.businessKey(), variables)
                    .getId();
        });
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into correction_requests (publication_id, business_key, "
                    + "requester, contact, description, query_code, received_at, process_instance_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setLong(1, publicationId);
            ps.setString(2, publication.businessKey());
            ps.setString(3, requester.strip());
            ps.setString(4, contact.strip());
            ps.setString(5, description.strip());
            ps.setString(6, code);
            ps.setTimestamp(7, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)), UTC);
            ps.setString(8, instance);
            return ps;
        }, key);
        return new Receipt(key.getKey().longValue(), code, answerBy);
    }

    /** The request's state, if the number exists and the code is its own; empty otherwise (the same answer). */
    public Optional<Status> status(long reference, String code) {
        return jdbc.query("select r.id, r.query_code, r.received_at, o.outcome, o.reply, o.decided_at from "
                + "correction_requests r left join correction_outcomes o on o.request_id = r.id where r.id = ?",
                (rs, n) -> {
                    Timestamp decided = rs.getTimestamp("decided_at", UTC);
                    return code != null && code.equals(rs.getString("query_code")) ? new Status(rs.getLong("id"),
                            rs.getTimestamp("received_at", UTC).toInstant(), rs.getString("outcome"),
                            rs.getString("reply"), decided == null ? null : decided.toInstant()) : null;
                }, reference).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Corrects the publication as the officer verified it: a new published version; the earlier ones stay. */
    public void correct(DelegateExecution execution) {
        List<FieldError> errors = new ArrayList<>();
        String reply = text(execution, "correctionReply");
        if (reply == null) {
            errors.add(new FieldError("correctionReply", "答复", "必须填写"));
        }
        for (String field : List.of(CASE_NAME, PARTY_SHOWN, FACTS, LEGAL_BASIS, DECISION, FULL_TEXT)) {
            String value = text(execution, field);
            if (value != null && !redactor.leaks(value).isEmpty()) {
                errors.add(new FieldError(field, "更正后的公示内容", "仍含应隐去的个人信息"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException("核实更正申请", errors);
        }
        long id = ((Number) execution.getVariable(PUBLICATION_ID)).longValue();
        if (publications.withdrawn(id)) {
            throw new InvalidSubmissionException("核实更正申请", List.of(new FieldError("correctionDecision", "核实结论",
                    "该决定已依第十一条撤回公示，不能更正后再公示；请选择不予更正并告知申请人")));
        }
        Publications.Publication publication = publications.find(id).orElseThrow();
        String form = text(execution, FORM);
        Publications.Version version = publications.append(new Publications.Version(0, id, "publish", form,
                text(execution, CASE_NAME), text(execution, PARTY_SHOWN), text(execution, FACTS),
                text(execution, LEGAL_BASIS), text(execution, DECISION),
                "full".equals(form) ? text(execution, FULL_TEXT) : null, "PM17", "依当事人申请更正", false, EngineTime.actor(),
                null));
        publications.project(publication, version);
        published.changed();
        outcome(execution, "corrected", reply);
    }

    /** Refuses, with the reasons and the remedies the party has. */
    public void refuse(DelegateExecution execution) {
        String reply = text(execution, "correctionReply");
        if (reply == null) {
            throw new InvalidSubmissionException("核实更正申请", List.of(new FieldError("correctionReply", "答复",
                    "不予更正的，应当写明理由和救济途径")));
        }
        outcome(execution, "refused", reply);
    }

    private void outcome(DelegateExecution execution, String outcome, String reply) {
        Long request = jdbc.queryForObject("select id from correction_requests where process_instance_id = ?",
                Long.class, execution.getProcessInstanceId());
        jdbc.update("insert into correction_outcomes (request_id, outcome, reply, decided_by, decided_at) "
                + "values (?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, request);
                    ps.setString(2, outcome);
                    ps.setString(3, reply);
                    ps.setString(4, EngineTime.actor());
                    ps.setTimestamp(5, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)), UTC);
                });
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
