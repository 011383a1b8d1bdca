package org.zhifa.calendar;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one zone setting ({@code zhifa.time-zone}): where instants become calendar dates, deadlines end and pages show
 * times. China has one zone; the setting exists for test installations and for the record's readers abroad.
 */
@ConfigurationProperties("zhifa")
public record TimeSettings(@DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}
