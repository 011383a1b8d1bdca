package org.zhifa.cases;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions cases have issued (RM11.17), as issued: written once by the issuing step, in its transaction, then
 * announced as {@link DecisionMade}; read by the modules that publish and count decisions.
 */
@Component
public class CaseDecisions {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /**
     * What a decision says and about whom.
     *
     * @param caseKind          penalty, coercion or inspection (how an officer-initiated case began); licence,
     *                          confirmation, registration or adjudication for an application
     * @param outcome           penalty, noPenalty, grant or refuse
     * @param partyType         person or organisation
     * @param penalties         the penalty kinds decided, e.g. {@code fine}, {@code warning}; {@code noPenalty} for
     *                          none
     * @param fineAmount        the fine in yuan, or null
     * @param certificateNumber the licence or certificate issued, or null
     * @param documentSha256    the decision document's SHA-256 among the case's documents
     * @param partyIdNumber     the party's identity number or credit code, or null; with the address and phone,
     *                          personal data a published decision must hide when the party is a person (PM10)
     */
    public record Decision(String businessKey, String processInstanceId, String caseKind, String outcome,
            String agencyCode, String agencyName, String decisionNumber, LocalDate decisionDate, String caseCause,
            String partyType, String partyName, String legalRepresentative, List<String> penalties,
            BigDecimal fineAmount, String facts, String legalBasis, String certificateNumber, String documentSha256,
            String partyIdNumber, String partyAddress, String partyPhone) {
    }

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseDecisions(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Keeps the issued decision and announces it; for the issuing steps of the case models only.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException outside the issuing transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void issued(Decision d) {
        jdbc.update("insert into case_decisions (decision_number, business_key, process_instance_id, case_kind, "
                + "outcome, agency_code, agency_name, decision_date, case_cause, party_type, party_name, "
                + "legal_representative, penalties, fine_amount, facts, legal_basis, certificate_number, "
                + "document_sha256, party_id_number, party_address, party_phone, recorded_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, d.decisionNumber());
                    ps.setString(2, d.businessKey());
                    ps.setString(3, d.processInstanceId());
                    ps.setString(4, d.caseKind());
                    ps.setString(5, d.outcome());
                    ps.setString(6, d.agencyCode());
                    ps.setString(7, d.agencyName());
                    ps.setObject(8, d.decisionDate());
                    ps.setString(9, d.caseCause());
                    ps.setString(10, d.partyType());
                    ps.setString(11, d.partyName());
                    ps.setString(12, d.legalRepresentative());
                    ps.setString(13, d.penalties() == null || d.penalties().isEmpty() ? null
                            : String.join(",", d.penalties()));
                    ps.setBigDecimal(14, d.fineAmount());
                    ps.setString(15, d.facts());
                    ps.setString(16, d.legalBasis());
                    ps.setString(17, d.certificateNumber());
                    ps.setString(18, d.documentSha256());
                    ps.setString(19, d.partyIdNumber());
                    ps.setString(20, d.partyAddress());
                    ps.setString(21, d.partyPhone());
                    ps.setTimestamp(22, Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)), UTC);
                });
        events.publishEvent(new DecisionMade(d.businessKey(), d.processInstanceId(), d.decisionNumber()));
    }

    /** The decision with that document number, as issued. */
    @Transactional(readOnly = true)
    public Optional<Decision> find(String decisionNumber) {
        return jdbc.query("select * from case_decisions where decision_number = ?", (rs, n) -> decision(rs),
                decisionNumber).stream().findFirst();
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        String penalties = rs.getString("penalties");
        return new Decision(rs.getString("business_key"), rs.getString("process_instance_id"),
                rs.getString("case_kind"), rs.getString("outcome"), rs.getString("agency_code"),
                rs.getString("agency_name"), rs.getString("decision_number"),
                rs.getDate("decision_date").toLocalDate(), rs.getString("case_cause"), rs.getString("party_type"),
                rs.getString("party_name"), rs.getString("legal_representative"),
                penalties == null ? List.of() : Arrays.asList(penalties.split(",")), rs.getBigDecimal("fine_amount"),
                rs.getString("facts"), rs.getString("legal_basis"), rs.getString("certificate_number"),
                rs.getString("document_sha256"), rs.getString("party_id_number"), rs.getString("party_address"),
                rs.getString("party_phone"));
    }
}
