package org.zhifa.cases.internal;

import java.util.Collection;
import java.util.Set;

/** The kinds of administrative penalty (Penalty Law Art. 9) as forms submit them. */
public final class Penalties {

    public static final String NO_PENALTY = "noPenalty";
    public static final String WARNING = "warning";
    public static final String FINE = "fine";
    public static final String CONFISCATE_GAINS = "confiscateGains";
    public static final String CONFISCATE_ITEMS = "confiscateItems";

    public static final Set<String> KINDS = Set.of(WARNING, FINE, CONFISCATE_GAINS, CONFISCATE_ITEMS, "suspendLicence",
            "lowerQualification", "revokeLicence", "restrictBusiness", "suspendBusiness", "closeBusiness",
            "restrictPractice", "other");

    public static final Set<String> DECISIONS = union(KINDS, Set.of(NO_PENALTY));

    /** Whether the decision leaves the party something to do (pay, hand over, stop): all but none and a warning. */
    public static boolean needPerformance(Collection<String> penalties) {
        return penalties.stream().anyMatch(p -> !p.equals(NO_PENALTY) && !p.equals(WARNING));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private Penalties() {
    }
}
