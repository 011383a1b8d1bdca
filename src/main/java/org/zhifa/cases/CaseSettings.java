package org.zhifa.cases;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param numberPrefix the prefix of case numbers the server assigns, e.g. {@code ZF} gives {@code ZF-2026-000001}
 * @param timeZone     the zone whose calendar year a case number carries
 */
@ConfigurationProperties("zhifa.cases")
public record CaseSettings(@DefaultValue("ZF") String numberPrefix, @DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}
