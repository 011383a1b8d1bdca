package org.zhifa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The engine's own MySQL scripts, read from the engine jar and switched to utf8mb4. */
class MysqlEngineSchemaTest {

    @Test
    void everyEngineTableIsCreatedInUtf8mb4() throws IOException {
        List<String> statements = new ArrayList<>();
        for (String part : List.of("engine", "history", "identity", "case.engine", "case.history", "decision.engine",
                "decision.history")) {
            statements.addAll(MysqlEngineSchema.statements(read(part)));
        }
        List<String> tables = statements.stream().filter(s -> s.toLowerCase().startsWith("create table")).toList();

        assertThat(tables).hasSize(49).allSatisfy(sql -> assertThat(sql).contains("CHARSET=utf8mb4 COLLATE utf8mb4_bin"));
        assertThat(statements).noneMatch(sql -> sql.contains("CHARSET=utf8 ")).noneMatch(sql -> sql.endsWith(";"))
                .noneMatch(sql -> sql.startsWith("--"));
    }

    private static String read(String part) throws IOException {
        try (InputStream in = MysqlEngineSchema.class.getClassLoader()
                .getResourceAsStream("org/camunda/bpm/engine/db/create/activiti.mysql.create." + part + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
