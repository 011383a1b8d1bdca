package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.testing.ZhifaIntegrationTest;

/**
 * Decision numbers stay unique and without gaps when leaders approve at the same moment and when an approval rolls
 * back after taking its number (RM11.17). Runs on H2 and on the MySQL-protocol server.
 */
@ZhifaIntegrationTest
class DecisionNumberingIntegrationTest {

    private static final int APPROVERS = 8;
    private static final int APPROVALS_EACH = 12;

    @Autowired
    DecisionNumbers numbers;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void concurrentApprovalsGetConsecutiveNumbersAndRolledBackOnesLeaveNoGap() throws Exception {
        String agency = "T" + UUID.randomUUID().toString().substring(0, 8);
        ConcurrentLinkedQueue<String> committed = new ConcurrentLinkedQueue<>();
        ExecutorService approvers = Executors.newFixedThreadPool(APPROVERS);
        List<Future<?>> work = new ArrayList<>();
        for (int a = 0; a < APPROVERS; a++) {
            int approver = a;
            work.add(approvers.submit(() -> {
                for (int i = 0; i < APPROVALS_EACH; i++) {
                    boolean failsLater = (approver + i) % 5 == 0;
                    try {
                        String number = transactions.execute(status -> {
                            String taken = numbers.next(agency, "测", "罚", 2026);
                            if (failsLater) {
                                throw new IllegalStateException("approval failed after numbering");
                            }
                            return taken;
                        });
                        committed.add(number);
                    } catch (IllegalStateException expected) {
                        // rolled back: its number must be given to the next approval
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get(2, TimeUnit.MINUTES);
        }
        approvers.shutdown();

        List<Long> taken = committed.stream()
                .map(n -> Long.parseLong(n.substring(n.indexOf('〕') + 1, n.length() - 1))).sorted().toList();
        assertThat(taken).hasSizeGreaterThan(APPROVERS * APPROVALS_EACH / 2)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, taken.size()).boxed().toList());
        assertThat(committed).allMatch(n -> n.startsWith("测罚〔2026〕") && n.endsWith("号"));
    }
}
