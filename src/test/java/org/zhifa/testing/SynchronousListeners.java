package org.zhifa.testing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * In tests, the listeners of module events run in the publishing thread right after its transaction commits —
 * still through the event publication registry, still in a transaction of their own — so that a test sees a
 * decision's disclosure as soon as the decision is made. {@code DecisionEventsIntegrationTest} shows the registry at
 * work: publications completed, a failed listener left incomplete and resubmitted, the decision never undone.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class SynchronousListeners {

    @Bean(name = "taskExecutor")
    TaskExecutor taskExecutor() {
        return new SyncTaskExecutor();
    }
}
