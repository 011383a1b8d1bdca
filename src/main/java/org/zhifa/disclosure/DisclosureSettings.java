package org.zhifa.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of disclosure (PM14), in working days: licensing and penalty decisions, other results, and how many
 * working days before the deadline the agency head is warned.
 */
@ConfigurationProperties("zhifa.disclosure")
public record DisclosureSettings(@DefaultValue("7") int decisionWorkingDays, @DefaultValue("20") int otherWorkingDays,
        @DefaultValue("2") int warningWorkingDays) {
}
