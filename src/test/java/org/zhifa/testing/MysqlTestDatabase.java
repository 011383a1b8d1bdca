package org.zhifa.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * When the tests run against MySQL (profile mysql-test), gives them a fresh database {@value #DATABASE} before the
 * first test. The server must be up: these tests never skip, on CI least of all.
 */
public class MysqlTestDatabase implements LauncherSessionListener {

    public static final String DATABASE = "zhifa_it";
    public static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!onMysql()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE + " character set utf8mb4 collate utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("MySQL/MariaDB 不可用（" + SERVER + "，root，无密码）：" + e.getMessage()
                    + "。启动：start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd", e);
        }
    }

    public static boolean onMysql() {
        return System.getProperty("spring.profiles.active", "").contains("mysql");
    }
}
