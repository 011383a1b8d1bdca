package org.zhifa.cases.process;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.zhifa.cases.internal.CaseValues;
import org.zhifa.cases.internal.DocumentValues;
import org.zhifa.cases.internal.Penalties;

/**
 * Whether the handler's opinion proposes what the party was told (Penalty Law Art. 44, 45, 63): the same kinds of
 * penalty and the same fine, as the notice step recorded them. A decision not to penalise needs no notice.
 */
final class NoticeComparison {

    private NoticeComparison() {
    }

    /** Why the opinion needs a new notice of rights, or null if it proposes what was notified. */
    static String difference(Map<String, Object> notice, List<String> penalties, BigDecimal fine) {
        if (penalties.contains(Penalties.NO_PENALTY)) {
            return null;
        }
        if (notice.isEmpty()) {
            return "尚未告知当事人拟作出的行政处罚";
        }
        Set<String> notified = new TreeSet<>(RecordedCase.list(notice.get("proposedPenalties")));
        Set<String> proposed = new TreeSet<>(penalties);
        if (!notified.equals(proposed)) {
            return "处罚种类（" + names(proposed) + "）与已告知的（" + names(notified) + "）不一致";
        }
        if (proposed.contains(Penalties.FINE)) {
            BigDecimal told = CaseValues.money(notice.get("proposedFine"));
            if (told == null || fine == null || told.compareTo(fine) != 0) {
                return "罚款 " + plain(fine) + " 元与已告知的 " + plain(told) + " 元不一致";
            }
        }
        return null;
    }

    private static String names(Set<String> penalties) {
        return String.join("、", penalties.stream().map(p -> DocumentValues.PENALTY_NAMES.getOrDefault(p, p)).toList());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "（未填）" : amount.stripTrailingZeros().toPlainString();
    }
}
