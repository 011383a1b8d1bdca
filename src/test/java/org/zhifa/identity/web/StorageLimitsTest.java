package org.zhifa.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The database's "too long" refusals, as MariaDB and H2 word them, become a Chinese refusal naming the field. */
class StorageLimitsTest {

    @Test
    void mariadbAndH2RefusalsNameTheColumn() {
        assertThat(StorageLimits.tooLong(new RuntimeException("could not execute",
                new IllegalStateException("Data too long for column 'recipient' at row 1"))))
                .contains("字段 recipient", "未保存");
        assertThat(StorageLimits.tooLong(new RuntimeException(
                "Value too long for column \"RECIPIENT CHARACTER VARYING(512)\": \"'xxxx...' (600)\"; SQL statement")))
                .contains("字段 recipient", "最多 512 个字符");
        assertThat(StorageLimits.tooLong(new RuntimeException(
                "Value too long for column \"TEXT_ CHARACTER VARYING(4000)\"")))
                .contains("流程变量");
        assertThat(StorageLimits.tooLong(new RuntimeException("Duplicate entry"))).isNull();
    }
}
