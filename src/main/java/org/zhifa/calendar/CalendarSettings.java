package org.zhifa.calendar;


import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the holiday file lives (see {@code config/working-days.txt} for its format). The zone dates are read in is
 * the one {@link TimeSettings} setting.
 */
@ConfigurationProperties("zhifa.calendar")
public record CalendarSettings(Resource file) {
}
