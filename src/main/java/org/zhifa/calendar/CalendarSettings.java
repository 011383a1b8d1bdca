package org.zhifa.calendar;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the holiday file lives and in which time zone dates are read.
 *
 * @param file     the holiday file (see {@code config/working-days.txt} for its format)
 * @param timeZone the zone in which instants become calendar dates; China has one
 */
@ConfigurationProperties("zhifa.calendar")
public record CalendarSettings(Resource file, @DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}
