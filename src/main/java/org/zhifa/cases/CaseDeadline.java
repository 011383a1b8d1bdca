package org.zhifa.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A running case and the day its decision is due (Penalty Law Art. 60: 90 days from filing).
 *
 * @param daysLeft  days until the last day; negative when overdue
 * @param openSteps the steps waiting now
 */
public record CaseDeadline(String businessKey, String caseKind, String caseCause, String partyName, String agencyName,
        LocalDate filedAt, LocalDate lastDay, long daysLeft, boolean overdue, List<String> openSteps) {
}
