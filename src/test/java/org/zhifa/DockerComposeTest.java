package org.zhifa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the tests run, so the production stack is checked as far as it can be without one:
 * it parses, it has the three services, and what it hands the server matches what the server reads.
 */
class DockerComposeTest {

    @SuppressWarnings("unchecked")
    private final Map<String, Object> compose = load();

    @Test
    void stackHasDatabaseObjectStoreWithLockAndServer() {
        assertThat(services()).containsKeys("mysql", "minio", "minio-bucket", "zhifa");
        assertThat(service("minio-bucket").get("entrypoint").toString()).contains("--with-lock");
        assertThat(service("mysql").get("command").toString()).contains("utf8mb4", "READ-COMMITTED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void serverRunsProductionProfilesWithTheSettingsTheApplicationReads() throws IOException {
        Map<String, Object> environment = (Map<String, Object>) service("zhifa").get("environment");
        assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("mysql,prod");
        String settings = Files.readString(Path.of("config/application-mysql.yaml"))
                + Files.readString(Path.of("config/application-prod.yaml"));
        for (String variable : List.of("ZHIFA_DB_URL", "ZHIFA_DB_USER", "ZHIFA_DB_PASSWORD", "ZHIFA_S3_ENDPOINT",
                "ZHIFA_S3_ACCESS_KEY", "ZHIFA_S3_SECRET_KEY", "ZHIFA_S3_BUCKET", "ZHIFA_DATA_DIR")) {
            assertThat(environment).containsKey(variable);
            assertThat(settings).as(variable + " is read by the configuration").contains("${" + variable);
        }
        assertThat(environment).containsKeys("ZHIFA_MODELS_DIR", "ZHIFA_CALENDAR_FILE");
    }

    @Test
    void serverMountsTheJarThisBuildProduces() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.replaceAll("(?s).*?<artifactId>zhifa-server</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        assertThat(service("zhifa").get("volumes").toString())
                .contains("./target/zhifa-server-" + version + ".jar:/app/zhifa-server.jar");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> services() {
        return (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        return (Map<String, Object>) services().get(name);
    }

    private static Map<String, Object> load() {
        try (InputStream in = Files.newInputStream(Path.of("docker-compose.yml"))) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
