package org.zhifa.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhifa.testing.Http;
import org.zhifa.testing.Inspections;
import org.zhifa.testing.ZhifaIntegrationTest;

/** MySQL only: the engine schema the project creates itself, in utf8mb4, and a record the database will not alter. */
@ZhifaIntegrationTest
class EngineSchemaMysqlIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Http http;

    @Test
    void everyEngineTableIsUtf8mb4() {
        List<String> collations = jdbc.queryForList("select table_collation from information_schema.tables "
                + "where table_schema = database() and table_name like 'ACT\\_%'", String.class);

        assertThat(collations).hasSize(49).containsOnly("utf8mb4_bin");
        assertThat(jdbc.queryForList("select version_ from ACT_GE_SCHEMA_LOG", String.class))
                .containsExactly(MysqlEngineSchema.ENGINE_VERSION);
    }

    @Test
    void projectTablesAreUtf8mb4() {
        assertThat(jdbc.queryForList("select table_collation from information_schema.tables where table_schema = "
                + "database() and table_name in ('record_entries', 'record_chains', 'numbering', 'agencies', 'officers')", String.class))
                .hasSize(5).containsOnly("utf8mb4_bin");
    }

    @Test
    void databaseRefusesToChangeOrRemoveRecordEntries() {
        String businessKey = "immutable-" + UUID.randomUUID();
        new Inspections(http).plan(businessKey);

        assertThatThrownBy(() -> jdbc.update("update record_entries set actor = 'someone' where business_key = ?",
                businessKey)).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from record_entries where business_key = ?", businessKey))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from record_entries where business_key = ?", Integer.class,
                businessKey)).isEqualTo(1);
    }
}
