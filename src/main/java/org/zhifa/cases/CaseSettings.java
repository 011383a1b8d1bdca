package org.zhifa.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param numberPrefix the prefix of case numbers the server assigns, e.g. {@code ZF} gives {@code ZF-2026-000001};
 *                     the year is the engine clock's, in the one {@code zhifa.time-zone}
 */
@ConfigurationProperties("zhifa.cases")
public record CaseSettings(@DefaultValue("ZF") String numberPrefix) {
}
