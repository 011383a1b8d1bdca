package org.zhifa.disclosure;

import java.time.LocalDate;
import java.time.Period;

import org.zhifa.cases.PartyIds;

/**
 * A decision as its disclosure starts (PM8.4, PM9): what the case decided and about whom. The party's ID number,
 * address and phone are here only to be redacted and to recognise a minor (PM10, PM11.1); they are never stored.
 *
 * @param penalties  the penalty codes, comma-separated
 * @param fineAmount the fine in yuan as written, or null
 */
public record DecisionToDisclose(String businessKey, String processInstanceId, String decisionNumber,
        String caseKind, String outcome, String agencyCode, String agencyName, LocalDate decisionDate,
        String caseCause, String partyType, String partyName, String legalRepresentative, String penalties,
        String fineAmount, String facts, String legalBasis, String certificateNumber, String documentSha256,
        String partyIdNumber, String partyAddress, String partyPhone) {

    public boolean person() {
        return "person".equals(partyType);
    }

    /**
     * PM11.1: the party is a natural person under 18 on the day of the decision, by the birth date in a valid resident
     * ID number (an invalid or missing number proves nothing).
     */
    public boolean partyWasMinor() {
        return person() && partyIdNumber != null && PartyIds.personProblem(partyIdNumber).isEmpty()
                && Period.between(PartyIds.birthDate(partyIdNumber), decisionDate).getYears() < 18;
    }

    /** A decision of PM14's first kind (penalty or licensing), disclosed within 7 working days. */
    public boolean penaltyOrLicensing() {
        return java.util.List.of("penalty", "noPenalty", "grant", "refuse").contains(outcome);
    }
}
