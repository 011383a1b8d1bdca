package org.zhifa.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * 案卷评查 settings, from {@code zhifa.supervision.review}: the scoring sheet's file, the working days an agency has
 * to answer a round's findings with its rectification (整改), and the most cases one round may draw.
 */
@ConfigurationProperties("zhifa.supervision.review")
public record ReviewSettings(Resource sheet, Integer rectificationWorkingDays, Integer maxSample) {

    public ReviewSettings {
        rectificationWorkingDays = rectificationWorkingDays == null ? 20 : rectificationWorkingDays;
        maxSample = maxSample == null ? 200 : maxSample;
        if (rectificationWorkingDays < 1 || rectificationWorkingDays > 120) {
            throw new IllegalArgumentException("zhifa.supervision.review.rectification-working-days 应在 1 与 120 之间，而不是 "
                    + rectificationWorkingDays);
        }
        if (maxSample < 1 || maxSample > 10000) {
            throw new IllegalArgumentException("zhifa.supervision.review.max-sample 应在 1 与 10000 之间，而不是 " + maxSample);
        }
    }
}
