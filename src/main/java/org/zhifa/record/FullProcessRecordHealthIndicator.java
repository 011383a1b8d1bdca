package org.zhifa.record;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** DOWN when recording is switched off (benchmarks only); otherwise UP with the number of unmapped entries. */
@Component
class FullProcessRecordHealthIndicator extends AbstractHealthIndicator {

    private final CaseRecord caseRecord;
    private final boolean enabled;

    FullProcessRecordHealthIndicator(CaseRecord caseRecord, Environment environment) {
        this.caseRecord = caseRecord;
        this.enabled = environment.getProperty("zhifa.record.enabled", Boolean.class, true);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        (enabled ? builder.up() : builder.down().withDetail("reason", "全过程记录已关闭"))
                .withDetail("unmappedEntries", caseRecord.unmappedEntryCount());
    }
}
