package org.zhifa.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhifa.ZhifaApplication;

/**
 * Portal search over many published results on the MySQL-protocol server: a load generator on loopback with N
 * concurrent clients, each sending searches one after another — by surname, by document number, by kind and dates,
 * by agency, and the first page — through the portal page and the open API; prints p50/p99 latency and throughput.
 * Not a test: run it with the command in the README. Goal: p99 under 50 ms at 50 clients over 100,000 results.
 */
public final class PortalBenchmark {

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡",
            "朱", "高", "林", "何", "郭", "马", "罗", "欧阳", "司马" };
    private static final String[] CAUSES = { "销售超过保质期的食品", "无证经营", "虚假宣传", "未按规定明码标价", "销售不合格产品",
            "未取得食品经营许可从事食品经营", "使用未经检验的计量器具", "侵犯注册商标专用权" };
    private static final String[] KINDS = { "penalty", "penalty", "penalty", "licence", "coercion", "inspection" };

    public static void main(String[] arguments) throws Exception {
        String[] args = arguments.length == 1 ? arguments[0].trim().split("[\\s,]+") : arguments;
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists zhifa_portal_bench");
            statement.execute("create database zhifa_portal_bench character set utf8mb4 collate utf8mb4_bin");
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhifaApplication.class).run(
                "--spring.profiles.active=test,mysql", "--server.port=0", "--logging.level.root=warn",
                "--spring.main.banner-mode=off", "--camunda.bpm.job-execution.enabled=false",
                "--zhifa.storage.embedded-transient=true", "--server.tomcat.threads.max=" + Math.max(50, clients),
                "--spring.datasource.hikari.maximum-pool-size=" + Math.max(20, clients / 2),
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/zhifa_portal_bench");
        try {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            long loading = System.nanoTime();
            fill(context.getBean(JdbcTemplate.class), rows);
            System.out.printf("%d published results written in %.1f s%n", rows, (System.nanoTime() - loading) / 1e9);
            ExecutorService clientThreads = Executors.newFixedThreadPool(8);
            HttpClient http = HttpClient.newBuilder().executor(clientThreads).build();
            load(http, port, clients, 5, rows); // warm-up
            long[] latencies = load(http, port, clients, seconds, rows);
            Arrays.sort(latencies);
            System.out.println();
            System.out.printf("Portal search benchmark: %d published results on MariaDB, %d clients on loopback, %d s, "
                    + "%d cores, Java %s%n", rows, clients, seconds, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            System.out.println("| searches | per second | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |");
            System.out.println("|---|---|---|---|---|---|");
            System.out.printf("| %d | %.0f | %.1f | %.1f | %.1f | %.1f |%n", latencies.length,
                    latencies.length / (double) seconds, percentile(latencies, 50), percentile(latencies, 90),
                    percentile(latencies, 99), latencies[latencies.length - 1] / 1e6);
            System.out.println("Goal: p99 under 50 ms at 50 clients over 100,000 results.");
            clientThreads.shutdownNow();
        } finally {
            SpringApplication.exit(context);
        }
        System.exit(0);
    }

    /** Synthetic published results: 12 agencies, 6 kinds, three years of decision dates. */
    private static void fill(JdbcTemplate jdbc, int rows) {
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> batch = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            String party = random.nextInt(4) == 0 ? "昆明" + SURNAMES[random.nextInt(SURNAMES.length)] + "氏商贸有限公司"
                    : SURNAMES[random.nextInt(SURNAMES.length)] + "某";
            String cause = CAUSES[random.nextInt(CAUSES.length)];
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 365));
            int agency = random.nextInt(12);
            batch.add(new Object[] { i, "A" + agency, "昆明市第" + agency + "执法局", KINDS[random.nextInt(KINDS.length)],
                    number(i, date), date, party + cause + "案", party, "summary", "经查，当事人" + cause + "。",
                    "《中华人民共和国食品安全法》第一百二十四条", "警告；罚款人民币" + (random.nextInt(50) + 1) * 1000 + "元", now,
                    now });
            if (batch.size() == 2000 || i == rows) {
                jdbc.batchUpdate("insert into published_results (publication_id, agency_code, agency_name, case_kind, "
                        + "decision_number, decision_date, case_name, party_shown, form, facts, legal_basis, decision, "
                        + "published_at, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
                batch.clear();
            }
        }
    }

    private static String number(int i, LocalDate date) {
        return "昆市监罚〔" + date.getYear() + "〕" + i + "号";
    }

    /** The searches people make, in turn: surname, document number, kind and dates, agency, the first page. */
    private static String query(int rows) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String api = random.nextBoolean() ? "/portal/results" : "/api/public/results";
        return switch (random.nextInt(5)) {
        case 0 -> api + "?q=" + encode(SURNAMES[random.nextInt(SURNAMES.length)] + "某");
        case 1 -> {
            int i = 1 + random.nextInt(rows);
            yield api + "?q=" + encode("昆市监罚〔" + (2024 + random.nextInt(3)) + "〕" + i + "号");
        }
        case 2 -> api + "?kind=" + KINDS[random.nextInt(KINDS.length)] + "&from=2025-0" + (1 + random.nextInt(9))
                + "-01&to=2025-12-31";
        case 3 -> api + "?agency=A" + random.nextInt(12) + "&page=" + (1 + random.nextInt(5));
        default -> api;
        };
    }

    private static long[] load(HttpClient http, int port, int clients, int seconds, int rows) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> own = new ArrayList<>();
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + query(rows)))
                            .build();
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(request.uri() + " → " + response.statusCode());
                    }
                    own.add(took);
                }
                return own;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        pool.shutdown();
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
