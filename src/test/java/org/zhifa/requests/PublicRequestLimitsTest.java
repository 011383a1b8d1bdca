package org.zhifa.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.zhifa.shared.TooManyRequests;

/** The limits on anonymous requests: tries of a query code, and requests filed per client and hour. */
class PublicRequestLimitsTest {

    @Test
    void tooManyTriesPauseThatNumberForThatClientOnly() {
        PublicRequestLimits limits = new PublicRequestLimits(3, Duration.ofMinutes(15), 100);
        for (int i = 0; i < 3; i++) {
            limits.lookup("correction", 7, "10.0.0.1");
        }
        assertThatThrownBy(() -> limits.lookup("correction", 7, "10.0.0.1")).isInstanceOf(TooManyRequests.class)
                .hasMessageContaining("申请编号 7 暂停查询 15 分钟");
        limits.lookup("correction", 8, "10.0.0.1");
        limits.lookup("information-request", 7, "10.0.0.1");
        limits.lookup("correction", 7, "10.0.0.2");
    }

    @Test
    void manyClientsTogetherPauseTheNumberAndTheRightCodeClearsTheClientsTries() {
        PublicRequestLimits limits = new PublicRequestLimits(2, Duration.ofMinutes(15), 100);
        limits.lookup("correction", 5, "a");
        limits.found("correction", 5, "a");
        limits.lookup("correction", 5, "a");
        limits.lookup("correction", 5, "a");
        for (int client = 0; client < 17; client++) {
            limits.lookup("correction", 5, "c" + client);
        }
        assertThatThrownBy(() -> limits.lookup("correction", 5, "fresh")).as("20 tries by all clients")
                .isInstanceOf(TooManyRequests.class);
    }

    @Test
    void parallelTriesCannotSlipPastTheCount() throws Exception {
        PublicRequestLimits limits = new PublicRequestLimits(5, Duration.ofMinutes(15), 100);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            var futures = new java.util.ArrayList<Future<?>>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> {
                    try {
                        limits.lookup("correction", 9, "attacker");
                        allowed.incrementAndGet();
                    } catch (TooManyRequests refused) {
                        // counted as refused
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(allowed.get()).isEqualTo(5);
    }

    @Test
    void aClientFilesAtMostTheHourlyLimitOthersAreNotAffected() {
        PublicRequestLimits limits = new PublicRequestLimits(5, Duration.ofMinutes(15), 2);
        limits.submission("10.0.0.1");
        limits.submission("10.0.0.1");
        assertThatThrownBy(() -> limits.submission("10.0.0.1")).isInstanceOf(TooManyRequests.class)
                .hasMessageContaining("每小时最多提交 2 件");
        limits.submission("10.0.0.2");
    }

    @Test
    void anExpiredWindowFreesTheNumberAgain() throws InterruptedException {
        PublicRequestLimits limits = new PublicRequestLimits(1, Duration.ofMillis(50), 100);
        limits.lookup("correction", 9, "x");
        assertThatThrownBy(() -> limits.lookup("correction", 9, "x")).isInstanceOf(TooManyRequests.class);
        Thread.sleep(80);
        limits.lookup("correction", 9, "x");
    }
}
