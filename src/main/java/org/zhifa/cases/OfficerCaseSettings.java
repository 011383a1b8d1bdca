package org.zhifa.cases;

import java.math.BigDecimal;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of officer-initiated cases that agencies set for themselves or that follow from the law, in
 * {@code config/application.yaml} under {@code zhifa.cases.officer-initiated}.
 *
 * @param legalReview          when a decision is major and needs legal review (Penalty Law Art. 58)
 * @param collectiveDiscussion when a case goes to the leaders' collective discussion (Penalty Law Art. 57)
 * @param hearing              which proposed penalties give the party a right to a hearing (Penalty Law Art. 63)
 * @param caseDays             calendar days from filing to decision (Penalty Law Art. 60)
 * @param hearingRequestWorkingDays working days the party has to request a hearing (Art. 64, Art. 85)
 * @param hearingNoticeDays    days between the hearing notice and the hearing (Art. 64)
 * @param serviceWorkingDays   working days to serve the decision (Art. 61, Art. 85)
 * @param paymentDays          days to pay a fine after service (Art. 67)
 * @param surchargeRatePerDay  daily surcharge on an unpaid fine, capped at the fine (Art. 72)
 * @param coercionMaxDays      longest seizure or sequestration before extension (Coercion Law Art. 25)
 */
@ConfigurationProperties("zhifa.cases.officer-initiated")
public record OfficerCaseSettings(Thresholds legalReview, Thresholds collectiveDiscussion, Thresholds hearing,
        @DefaultValue("90") int caseDays, @DefaultValue("5") int hearingRequestWorkingDays,
        @DefaultValue("7") int hearingNoticeDays, @DefaultValue("7") int serviceWorkingDays,
        @DefaultValue("15") int paymentDays, @DefaultValue("0.03") BigDecimal surchargeRatePerDay,
        @DefaultValue("30") int coercionMaxDays) {

    /**
     * A fine at or above the amount for the party's type, or any of the penalties, triggers the rule.
     *
     * @param personFine       amount for a natural person (元)
     * @param organisationFine amount for an organisation (元)
     * @param penalties        penalty kinds that trigger it whatever the amount
     * @param whenHearingHeld  whether a case with a hearing always triggers it
     */
    public record Thresholds(BigDecimal personFine, BigDecimal organisationFine, Set<String> penalties,
            @DefaultValue("false") boolean whenHearingHeld) {

        public boolean fineReaches(String partyType, BigDecimal fine) {
            BigDecimal threshold = "organisation".equals(partyType) ? organisationFine : personFine;
            return fine != null && threshold != null && fine.compareTo(threshold) >= 0;
        }
    }
}
