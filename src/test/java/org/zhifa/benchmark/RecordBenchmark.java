package org.zhifa.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhifa.ZhifaApplication;
import org.zhifa.cases.process.RoutineInspectionProcess;

/**
 * What the full-process record costs: runs N cases of the seed model (5 steps each: start event, on-site inspection,
 * gateway decision, review, end event) with the record plugin on and off, on H2 and on the MySQL-protocol server,
 * and prints steps per second, the ratio and each server's start-up time. Not a test: run it with the command in the
 * README. Goal: the record costs at most 25% of the engine's own step throughput; start-up under 20 s.
 */
public final class RecordBenchmark {

    private static final int STEPS_PER_CASE = 5;
    private static final int ROUNDS = 2;

    record Result(String database, boolean record, double startupSeconds, int cases, double seconds) {
        double stepsPerSecond() {
            return cases * STEPS_PER_CASE / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmup = Math.max(100, cases / 5);
        List<Result> results = new ArrayList<>();
        List<String> databases = args.length > 1 ? List.of(args[1].split(",")) : List.of("h2", "mysql");
        // each mode twice, alternating, so that neither always meets the colder JVM; the better run of each counts
        for (String database : databases) {
            for (int round = 0; round < ROUNDS; round++) {
                for (boolean record : List.of(false, true)) {
                    results.add(run(database, record, warmup, cases));
                }
            }
        }
        print(results, cases, databases);
    }

    private static Result run(String database, boolean record, int warmup, int cases) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=test", "--server.port=0",
                "--logging.level.root=warn", "--spring.main.banner-mode=off", "--camunda.bpm.job-execution.enabled=false",
                "--zhifa.storage.embedded-transient=true", "--zhifa.record.enabled=" + record));
        if (database.equals("mysql")) {
            freshMysqlDatabase();
            arguments.addAll(List.of("--spring.profiles.active=test,mysql",
                    "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/zhifa_bench"));
        } else {
            arguments.add("--spring.datasource.url=jdbc:h2:mem:bench-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        }
        long start = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhifaApplication.class)
                .run(arguments.toArray(String[]::new));
        double startup = (System.nanoTime() - start) / 1e9;
        try {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            runCases(engine, "warmup", warmup);
            long began = System.nanoTime();
            runCases(engine, "bench", cases);
            double seconds = (System.nanoTime() - began) / 1e9;
            Result result = new Result(database, record, startup, cases, seconds);
            System.out.printf("%-6s record %-3s  %8.1f steps/s  (%d cases in %.1f s; start-up %.1f s)%n", database,
                    record ? "on" : "off", result.stepsPerSecond(), cases, seconds, startup);
            return result;
        } finally {
            SpringApplication.exit(context);
        }
    }

    private static void runCases(ProcessEngine engine, String prefix, int cases) {
        TaskService tasks = engine.getTaskService();
        for (int i = 0; i < cases; i++) {
            // planned by an officer, whose agency the inspection belongs to
            engine.getIdentityService().setAuthentication("zhangsan", List.of("handler"));
            String instance;
            try {
                instance = engine.getRuntimeService().startProcessInstanceByKey(RoutineInspectionProcess.KEY,
                        prefix + "-" + System.nanoTime(), Map.of("subjectName", "昆明𠮷祥商贸有限公司", "subjectAddress",
                                "昆明市五华区", "source", "random", "inspectionItems", "食品经营许可事项", "plannedDate",
                                "2026-11-27")).getId();
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
            Task onSite = tasks.createTaskQuery().processInstanceId(instance).singleResult();
            tasks.complete(onSite.getId(), Map.of("inspectionDate", "2026-11-27",
                    "officer1Certificate", "53010012345", "officer2Certificate", "53010012346",
                    "certificatesShown", true, "findings", "发现超过保质期的食品", "violationFound", true));
            Task review = tasks.createTaskQuery().processInstanceId(instance).singleResult();
            tasks.complete(review.getId(), Map.of("reviewOpinion", "同意移送立案", "proposeFiling", true));
        }
    }

    private static void freshMysqlDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists zhifa_bench");
            statement.execute("create database zhifa_bench character set utf8mb4 collate utf8mb4_bin");
        }
    }

    private static void print(List<Result> results, int cases, List<String> databases) {
        System.out.println();
        System.out.printf("Full-process record benchmark: %d cases x %d steps, %s, %d cores, Java %s%n", cases,
                STEPS_PER_CASE, System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("| database | record on (steps/s) | record off (steps/s) | on/off | record cost | first start-up (s) |");
        System.out.println("|---|---|---|---|---|---|");
        for (String database : databases) {
            Result on = find(results, database, true);
            Result off = find(results, database, false);
            double ratio = on.stepsPerSecond() / off.stepsPerSecond();
            System.out.printf("| %s | %.1f | %.1f | %.2f | %.0f%% | %.1f |%n", database, on.stepsPerSecond(),
                    off.stepsPerSecond(), ratio, (1 - ratio) * 100, off.startupSeconds());
        }
        System.out.println("Goal: record cost at most 25% of the engine's step throughput; start-up under 20 s.");
    }

    /** The better of the runs of a mode; start-up from the first (coldest) server of the database. */
    private static Result find(List<Result> results, String database, boolean record) {
        Result best = results.stream().filter(r -> r.database().equals(database) && r.record() == record)
                .max(java.util.Comparator.comparingDouble(Result::stepsPerSecond)).orElseThrow();
        double firstStartup = results.stream().filter(r -> r.database().equals(database)).findFirst().orElseThrow()
                .startupSeconds();
        return new Result(database, record, firstStartup, best.cases(), best.seconds());
    }
}
