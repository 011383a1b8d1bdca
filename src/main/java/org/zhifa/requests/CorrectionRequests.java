package org.zhifa.requests;

import static org.zhifa.disclosure.process.ResultDisclosureProcess.CASE_NAME;
import static org.zhifa.disclosure.process.ResultDisclosureProcess.DECISION;
import static org.zhifa.disclosure.process.ResultDisclosureProcess.DECISION_NUMBER;
import static org.zhifa.disclosure.process.ResultDisclosureProcess.FACTS;
import static org.zhifa.disclosure.process.ResultDisclosureProcess.FORM;
import static org.zhifa.disclosure.process.ResultDisclosureProcess.FULL_TEXT;
import static org.zhifa.disclosure.process.ResultDisclosureProcess.LEGAL_BASIS;
import static org.zhifa.disclosure.process.ResultDisclosureProcess.PARTY_SHOWN;
import static org.zhifa.disclosure.process.ResultDisclosureProcess.PUBLICATION_ID;
import static org.zhifa.requests.process.CorrectionRequestProcess.CHOICE;
import static org.zhifa.requests.process.CorrectionRequestProcess.CONTACT;
import static org.zhifa.requests.process.CorrectionRequestProcess.DESCRIPTION;
import static org.zhifa.requests.process.CorrectionRequestProcess.DUE;
import static org.zhifa.requests.process.CorrectionRequestProcess.REPLY;
import static org.zhifa.requests.process.CorrectionRequestProcess.REQUESTER;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.Deadline;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.disclosure.DisclosureSettings;
import org.zhifa.disclosure.Publications;
import org.zhifa.disclosure.PublishedResults;
import org.zhifa.disclosure.Redactor;
import org.zhifa.disclosure.ResultCorrections;
import org.zhifa.disclosure.PublishedContent;
import org.zhifa.engine.EngineCalls;
import org.zhifa.engine.InvalidSubmissionException;
import org.zhifa.engine.InvalidSubmissionException.FieldError;
import org.zhifa.requests.process.CorrectionRequestProcess;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.RequiredFields;
import org.zhifa.shared.StateConflict;

/**
 * PM17: a party reports that published information about them is inaccurate; {@code bpmn/correction-request.bpmn}
 * has a disclosure officer verify it within 20 working days, then correct the publication (a new version; the old
 * one stays) or refuse with reasons and remedies. The party follows it with the request number and query code.
 */
@Service
public class CorrectionRequests {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String STEP = "核实更正申请";

    /** What the party gets back: the number and code to follow the request. */
    public record Receipt(long reference, String queryCode, LocalDate answerBy) {
    }

    /** Where a request stands, as the party may see it. */
    public record Status(long reference, Instant receivedAt, String outcome, String reply, Instant decidedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Publications publications;
    private final PublishedResults published;
    private final ResultCorrections corrections;
    private final Redactor redactor;
    private final WorkingDays workingDays;
    private final DisclosureSettings settings;
    private final ProcessEngine engine;
    private final Clock clock;

    CorrectionRequests(JdbcTemplate jdbc, Publications publications, PublishedResults published,
            ResultCorrections corrections, Redactor redactor, WorkingDays workingDays, DisclosureSettings settings,
            ProcessEngine engine, Clock clock) {
        this.jdbc = jdbc;
        this.publications = publications;
        this.published = published;
        this.corrections = corrections;
        this.redactor = redactor;
        this.workingDays = workingDays;
        this.settings = settings;
        this.engine = engine;
        this.clock = clock;
    }

    /** How many corrections of an agency's publications were asked for in a period, and how many were made (PM17). */
    public record Counts(long received, long corrected) {
    }

    public Counts counts(String agencyCode, Instant from, Instant to) {
        long[] counts = new long[2];
        List<Long> ids = publications.idsOf(agencyCode);
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> batch = ids.subList(i, Math.min(ids.size(), i + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
            jdbc.query("select o.outcome from correction_requests r left join correction_outcomes o on o.request_id = "
                    + "r.id where r.received_at >= ? and r.received_at < ? and r.publication_id in (" + marks + ")",
                    ps -> {
                        ps.setTimestamp(1, java.sql.Timestamp.from(from), UTC);
                        ps.setTimestamp(2, java.sql.Timestamp.from(to), UTC);
                        for (int j = 0; j < batch.size(); j++) {
                            ps.setLong(3 + j, batch.get(j));
                        }
                    }, (java.sql.ResultSet rs) -> {
                        counts[0]++;
                        if ("corrected".equals(rs.getString("outcome"))) {
                            counts[1]++;
                        }
                    });
        }
        return new Counts(counts[0], counts[1]);
    }

    /**
     * Takes in a request about a published result.
     *
     * @throws Refusal not found for a result that is not published; invalid naming a missing field
     */
    @Transactional
    public Receipt submit(long publicationId, String requester, String contact, String description) {
        PublishedResults.Result result = published.find(publicationId)
                .orElseThrow(() -> new NotFound("没有编号为 " + publicationId + " 的已公示执法决定"));
        RequiredFields.require(requester, "requester（申请人姓名或名称）", 255);
        RequiredFields.require(contact, "contact（联系方式）", 255);
        String text = RequiredFields.requireText(description, "description（哪些信息不准确、应当如何更正）", 4000);
        Publications.Publication publication = publications.find(publicationId).orElseThrow();
        LocalDate answerBy = workingDays.after(LocalDate.now(clock), settings.otherWorkingDays());
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Map<String, Object> variables = new HashMap<>();
        variables.put(PUBLICATION_ID, publicationId);
        variables.put(CorrectionRequestProcess.AGENCY, result.agencyCode());
        variables.put(CorrectionRequestProcess.AGENCY_NAME, result.agencyName());
        variables.put(DECISION_NUMBER, result.decisionNumber());
        variables.put(REQUESTER, requester.strip());
        variables.put(CONTACT, contact.strip());
        variables.put(DESCRIPTION, text);
        variables.put(DUE, Deadline.endOf(answerBy, clock.getZone()));
        variables.put(CASE_NAME, result.caseName());
        variables.put(PARTY_SHOWN, result.partyShown());
        variables.put(FACTS, result.facts());
        variables.put(LEGAL_BASIS, result.legalBasis());
        variables.put(DECISION, result.decision());
        variables.put(FORM, result.form());
        variables.put(FULL_TEXT, result.fullText());
        String instance = EngineCalls.asServer(engine, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(CorrectionRequestProcess.KEY, publication.businessKey(), variables).getId());
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into correction_requests (publication_id, business_key, "
                    + "requester, contact, description, query_code, received_at, process_instance_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setLong(1, publicationId);
            ps.setString(2, publication.businessKey());
            ps.setString(3, requester.strip());
            ps.setString(4, contact.strip());
            ps.setString(5, text);
            ps.setString(6, code);
            ps.setTimestamp(7, now(), UTC);
            ps.setString(8, instance);
            return ps;
        }, key);
        return new Receipt(key.getKey().longValue(), code, answerBy);
    }

    /** The request's state, if the number exists and the code is its own; empty otherwise (the same answer). */
    @Transactional(readOnly = true)
    public Optional<Status> status(long reference, String code) {
        return jdbc.query("select r.id, r.query_code, r.received_at, o.outcome, o.reply, o.decided_at from "
                + "correction_requests r left join correction_outcomes o on o.request_id = r.id where r.id = ?",
                (rs, n) -> {
                    Timestamp decided = rs.getTimestamp("decided_at", UTC);
                    return code != null && code.equals(rs.getString("query_code")) ? new Status(rs.getLong("id"),
                            rs.getTimestamp("received_at", UTC).toInstant(), rs.getString("outcome"),
                            rs.getString("reply"), decided == null ? null : decided.toInstant()) : null;
                }, reference).stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * Corrects the publication as the officer verified it: a new published version; the earlier ones stay.
     *
     * @throws InvalidSubmissionException without a reply, for a text that still holds personal data PM10 hides,
     *                                    or for a result withdrawn from the platform
     */
    @Transactional
    public void correct(String processInstanceId, long publicationId, PublishedContent corrected, String reply,
            String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (reply == null) {
            errors.add(new FieldError(REPLY, "答复", "必须填写"));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(CASE_NAME, corrected.caseName());
        texts.put(PARTY_SHOWN, corrected.partyShown());
        texts.put(FACTS, corrected.facts());
        texts.put(LEGAL_BASIS, corrected.legalBasis());
        texts.put(DECISION, corrected.decision());
        texts.put(FULL_TEXT, corrected.fullText());
        texts.forEach((field, value) -> {
            if (value != null && !redactor.leaks(value).isEmpty()) {
                errors.add(new FieldError(field, "更正后的公示内容", "仍含应隐去的个人信息"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(STEP, errors);
        }
        try {
            corrections.correct(publicationId, corrected, actor);
        } catch (StateConflict withdrawn) {
            throw new InvalidSubmissionException(STEP, List.of(new FieldError(CHOICE, "核实结论",
                    withdrawn.getMessage() + "；请选择不予更正并告知申请人")));
        }
        outcome(processInstanceId, "corrected", reply, actor);
    }

    /**
     * Refuses, with the reasons and the remedies the party has.
     *
     * @throws InvalidSubmissionException without a reply
     */
    @Transactional
    public void refuse(String processInstanceId, String reply, String actor) {
        if (reply == null) {
            throw new InvalidSubmissionException(STEP, List.of(new FieldError(REPLY, "答复",
                    "不予更正的，应当写明理由和救济途径")));
        }
        outcome(processInstanceId, "refused", reply, actor);
    }

    private void outcome(String processInstanceId, String outcome, String reply, String actor) {
        Long request = jdbc.queryForObject("select id from correction_requests where process_instance_id = ?",
                Long.class, processInstanceId);
        jdbc.update("insert into correction_outcomes (request_id, outcome, reply, decided_by, decided_at) "
                + "values (?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, request);
                    ps.setString(2, outcome);
                    ps.setString(3, reply);
                    ps.setString(4, actor);
                    ps.setTimestamp(5, now(), UTC);
                });
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }
}
