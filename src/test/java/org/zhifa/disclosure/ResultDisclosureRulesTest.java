package org.zhifa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhifa.disclosure.ResultDisclosure.Withholding;

/**
 * The rules of a result's disclosure that need no storage (PM11.1, PM11.2, PM14), as plain objects: who counts as a
 * minor, which kind of decision has the 7-day deadline, and what a withholding records.
 */
class ResultDisclosureRulesTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 6, 15);

    @Test
    void aPartyUnder18OnTheDayOfTheDecisionIsAMinor() {
        assertThat(decision("person", RedactionFixtures.idNumber(DECIDED.minusYears(18).plusDays(1))).partyWasMinor())
                .isTrue();
        assertThat(decision("person", RedactionFixtures.idNumber(DECIDED.minusYears(18))).partyWasMinor())
                .as("18 on the day of the decision").isFalse();
    }

    @Test
    void anInvalidOrMissingIdNumberOrAnOrganisationProvesNoMinority() {
        String young = RedactionFixtures.idNumber(DECIDED.minusYears(10));
        String wrongCheckDigit = young.substring(0, 17) + (young.charAt(17) == '1' ? '2' : '1');
        assertThat(decision("person", wrongCheckDigit).partyWasMinor()).isFalse();
        assertThat(decision("person", null).partyWasMinor()).isFalse();
        assertThat(decision("organisation", young).partyWasMinor()).isFalse();
    }

    @Test
    void penaltiesAndLicencesHaveTheShortDeadline() {
        assertThat(decision("person", null, "penalty").penaltyOrLicensing()).isTrue();
        assertThat(decision("person", null, "refuse").penaltyOrLicensing()).isTrue();
        assertThat(decision("person", null, "seizure").penaltyOrLicensing()).isFalse();
    }

    @Test
    void aWithholdingRecordsTheRuleItFollows() {
        Withholding minor = new Withholding(true, false, "PM11.3", "ignored", null);
        assertThat(minor.groundApplied()).isEqualTo("PM11.1");
        assertThat(minor.reasonGiven()).contains("未成年人");

        Withholding refused = new Withholding(false, true, null, null, "涉及配方，属于商业秘密");
        assertThat(refused.groundApplied()).isEqualTo("PM11.2");
        assertThat(refused.reasonGiven()).endsWith("涉及配方，属于商业秘密");

        Withholding other = new Withholding(false, false, "PM11.3", "法律、行政法规规定不予公开", null);
        assertThat(other.groundApplied()).isEqualTo("PM11.3");
        assertThat(other.reasonGiven()).isEqualTo("法律、行政法规规定不予公开");
    }

    private static DecisionToDisclose decision(String partyType, String idNumber) {
        return decision(partyType, idNumber, "penalty");
    }

    private static DecisionToDisclose decision(String partyType, String idNumber, String outcome) {
        return new DecisionToDisclose("ZF-2026-0001", "pi-1", "滇市监罚〔2026〕1号", "penalty", outcome, "530100-001",
                "昆明市市场监督管理局", DECIDED, "销售过期食品", partyType, "王小明", null, "warning", null, "事实", "依据",
                null, null, idNumber, null, null);
    }
}
