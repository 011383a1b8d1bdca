package org.zhifa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The limits on anonymous requests: wrong query codes lock a number, and each client files only so many an hour. */
class PublicRequestLimitsTest {

    @Test
    void wrongCodesLockOnlyThatNumber() {
        PublicRequestLimits limits = new PublicRequestLimits(3, Duration.ofMinutes(15), 100);
        for (int i = 0; i < 3; i++) {
            limits.checkLookup("correction", 7);
            limits.wrongCode("correction", 7);
        }
        assertThatThrownBy(() -> limits.checkLookup("correction", 7)).isInstanceOf(DisclosureException.class)
                .hasMessageContaining("申请编号 7 暂停查询 15 分钟")
                .satisfies(e -> assertThat(((DisclosureException) e).status()).isEqualTo(429));
        limits.checkLookup("correction", 8);
        limits.checkLookup("information-request", 7);
    }

    @Test
    void aClientFilesAtMostTheHourlyLimitOthersAreNotAffected() {
        PublicRequestLimits limits = new PublicRequestLimits(5, Duration.ofMinutes(15), 2);
        limits.submission("10.0.0.1");
        limits.submission("10.0.0.1");
        assertThatThrownBy(() -> limits.submission("10.0.0.1")).isInstanceOf(DisclosureException.class)
                .hasMessageContaining("每小时最多提交 2 件");
        limits.submission("10.0.0.2");
    }

    @Test
    void anExpiredWindowFreesTheNumberAgain() throws InterruptedException {
        PublicRequestLimits limits = new PublicRequestLimits(1, Duration.ofMillis(50), 100);
        limits.wrongCode("correction", 9);
        assertThatThrownBy(() -> limits.checkLookup("correction", 9)).isInstanceOf(DisclosureException.class);
        Thread.sleep(80);
        limits.checkLookup("correction", 9);
    }
}
