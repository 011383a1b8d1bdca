package org.zhifa.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Creates the Camunda 7 engine schema on MySQL/MariaDB from the engine's own scripts (in the camunda-engine jar) with
 * the character set switched from 3-byte {@code utf8} to {@code utf8mb4}: names with characters outside the BMP
 * (生僻字 such as 𠮷) must fit into business keys, variables and identity tables. The engine itself runs with
 * {@code schema-update=false} on MySQL. A later engine upgrade adds a migration applying the engine's upgrade script
 * the same way.
 */
class MysqlEngineSchema implements JavaMigration {

    static final String ENGINE_VERSION = "7.24.0";
    private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.mysql.create.";
    private static final String[] PARTS = { "engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history" };

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1");
    }

    @Override
    public String getDescription() {
        return "camunda engine " + ENGINE_VERSION + " schema in utf8mb4";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (String part : PARTS) {
            for (String sql : statements(read(SCRIPTS + part + ".sql"))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException("engine schema script " + part + " failed at: " + sql, e);
                }
            }
        }
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(utf8mb4(sql.substring(0, sql.length() - 1)));
                current.setLength(0);
            }
        }
        return statements;
    }

    static String utf8mb4(String sql) {
        return sql.replace("CHARSET=utf8 COLLATE utf8_bin", "CHARSET=utf8mb4 COLLATE utf8mb4_bin");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ProcessEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("engine schema script not found on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
