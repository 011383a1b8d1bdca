package org.zhifa.supervision.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zhifa.directory.Directory;

/**
 * Whose agency a caller of the supervision pages, figures and review rounds is limited to: supervisors and
 * administrators see every agency (empty); anyone else the agency of their officer record, or none ({@link #NONE})
 * without one.
 */
@Component
class CallerAgency {

    /** The agency of a caller who has none: matches no agency. */
    static final String NONE = "—";

    private final Directory directory;

    CallerAgency(Directory directory) {
        this.directory = directory;
    }

    static boolean seesAll(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("supervisor")
                || a.getAuthority().equals("camunda-admin"));
    }

    /** Empty for a caller who sees every agency, else the caller's own agency. */
    Optional<String> limitedTo(Authentication user) {
        return seesAll(user) ? Optional.empty() : Optional.of(of(user));
    }

    /** The caller's agency by the officer record, or {@link #NONE}. */
    String of(Authentication user) {
        return directory.agencyCodeOf(user.getName()).orElse(NONE);
    }
}
