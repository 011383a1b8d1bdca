package org.zhifa.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision was approved and numbered (RM11.17): what the disclosure of results needs (PM9, PM14: licensing and
 * penalty decisions are published within 7 working days). Published after the deciding transaction commits.
 *
 * @param caseKind    penalty, coercion or inspection (how an officer-initiated case began); licence,
 *                    confirmation, registration or adjudication for an application
 * @param outcome     penalty, noPenalty, grant or refuse
 * @param partyType   person or organisation
 * @param penalties   the penalty kinds decided, e.g. {@code fine}, {@code warning}; {@code noPenalty} for none
 * @param fineAmount  the fine in yuan, or null
 * @param certificateNumber the licence or certificate issued, or null
 * @param documentSha256 the decision document's SHA-256 among the case's documents
 * @param partyIdNumber the party's identity number or credit code, or null; with the address and phone, personal
 *                      data that a published decision must hide when the party is a person (PM10)
 */
public record DecisionMade(String businessKey, String processInstanceId, String caseKind, String outcome,
        String agencyCode, String agencyName, String decisionNumber, LocalDate decisionDate, String caseCause,
        String partyType, String partyName, String legalRepresentative, List<String> penalties, BigDecimal fineAmount,
        String facts, String legalBasis, String certificateNumber, String documentSha256, String partyIdNumber,
        String partyAddress, String partyPhone) {
}
