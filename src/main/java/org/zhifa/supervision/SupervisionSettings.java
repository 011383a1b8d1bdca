package org.zhifa.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a running clock turns yellow, from {@code zhifa.supervision.warning}: once {@code sharePassed} of its period
 * has passed (0.8: four fifths), or when no more than {@code workingDaysLeft} working days are left; it is red once
 * its last day has passed.
 */
@ConfigurationProperties("zhifa.supervision.warning")
public record SupervisionSettings(Double sharePassed, Integer workingDaysLeft) {

    public SupervisionSettings {
        sharePassed = sharePassed == null ? 0.8 : sharePassed;
        workingDaysLeft = workingDaysLeft == null ? 2 : workingDaysLeft;
        if (sharePassed <= 0 || sharePassed > 1) {
            throw new IllegalArgumentException("zhifa.supervision.warning.share-passed 应在 0 与 1 之间（如 0.8），而不是 "
                    + sharePassed);
        }
        if (workingDaysLeft < 0 || workingDaysLeft > 60) {
            throw new IllegalArgumentException("zhifa.supervision.warning.working-days-left 应在 0 与 60 之间，而不是 "
                    + workingDaysLeft);
        }
    }
}
