package org.zhifa.engine;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineSchemaConfiguration {

    /** On MySQL the engine schema is the first migration; elsewhere the engine manages its own schema. */
    @Bean
    FlywayConfigurationCustomizer mysqlEngineSchema(DataSource dataSource) {
        return configuration -> {
            if (isMysql(dataSource)) {
                configuration.javaMigrations(new MysqlEngineSchema());
            }
        };
    }

    static boolean isMysql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.equalsIgnoreCase("MySQL") || product.equalsIgnoreCase("MariaDB");
        } catch (SQLException e) {
            throw new IllegalStateException("数据库无法连接：" + e.getMessage(), e);
        }
    }
}
