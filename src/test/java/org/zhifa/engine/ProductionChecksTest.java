package org.zhifa.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What production never runs without (RM3: every step recorded; RM23: originals in locked storage). */
class ProductionChecksTest {

    @Test
    void productionRefusesToRunWithoutTheRecord() {
        MockEnvironment environment = prod().withProperty("zhifa.record.enabled", "false");

        assertThatThrownBy(() -> new ProductionChecks(environment).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("全过程记录");
    }

    @Test
    void productionRefusesTheEmbeddedObjectStore() {
        MockEnvironment environment = prod().withProperty("zhifa.storage.embedded", "true");

        assertThatThrownBy(() -> new ProductionChecks(environment).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ZHIFA_S3_ENDPOINT");
    }

    @Test
    void productionWithRecordAndRealStorageStarts() {
        assertThatCode(() -> new ProductionChecks(prod()).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void otherProfilesMayBenchmarkWithoutTheRecord() {
        MockEnvironment environment = new MockEnvironment().withProperty("zhifa.record.enabled", "false");

        assertThatCode(() -> new ProductionChecks(environment).afterPropertiesSet()).doesNotThrowAnyException();
    }

    private static MockEnvironment prod() {
        MockEnvironment environment = new MockEnvironment().withProperty("zhifa.storage.embedded", "false");
        environment.setActiveProfiles("mysql", "prod");
        return environment;
    }
}
