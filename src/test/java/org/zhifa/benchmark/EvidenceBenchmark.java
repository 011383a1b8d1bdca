package org.zhifa.benchmark;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhifa.ZhifaApplication;
import org.zhifa.cases.process.RoutineInspectionProcess;
import org.zhifa.evidence.ObjectStorage;

import io.minio.PutObjectArgs;

/**
 * Evidence ingest throughput through the API (HTTP, SHA-256, Tika, staging, placement, row, access log) against the
 * raw MinIO SDK {@code putObject} to the same embedded S3-compatible server, for one large stream and for many 1 MiB
 * files, with the peak heap. The bodies are generated while they are sent: nothing is held in memory by the client.
 * Not a test: run it with the command in the README. Goals: API/SDK ≥ 0.8; a 4 GiB upload within 128 MiB of extra
 * heap.
 */
public final class EvidenceBenchmark {

    private static final long MIB = 1 << 20;

    public static void main(String[] arguments) throws Exception {
        String[] args = arguments.length == 1 ? arguments[0].trim().split("[\\s,]+") : arguments;
        long largeMib = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        int smallFiles = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path objects = Files.createTempDirectory("zhifa-bench-objects");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhifaApplication.class).run(
                "--spring.profiles.active=demo,test", "--server.port=0", "--logging.level.root=warn",
                "--spring.main.banner-mode=off", "--spring.datasource.url=jdbc:h2:mem:evidence-bench;DB_CLOSE_DELAY=-1",
                "--zhifa.storage.embedded-transient=false", "--zhifa.storage.embedded-dir=" + objects,
                "--camunda.bpm.job-execution.enabled=false");
        try {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            String bk = "BENCH-" + UUID.randomUUID();
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            engine.getIdentityService().setAuthentication("zhangsan", List.of("handler"));
            try {
                engine.getRuntimeService().startProcessInstanceByKey(RoutineInspectionProcess.KEY, bk, Map.of(
                        "subjectName", "基准测试", "subjectAddress", "昆明市五华区", "source", "random",
                        "inspectionItems", "食品经营许可事项", "plannedDate", "2026-11-27"));
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
            ObjectStorage storage = context.getBean(ObjectStorage.class);
            HttpClient http = HttpClient.newHttpClient();

            LiveHeap live = new LiveHeap();
            System.gc();
            long baseline = heapUsed();
            long liveBaseline = live.reset();
            resetPeaks();
            double apiLarge = timed(() -> upload(http, port, bk, largeMib * MIB, 1));
            long apiPeak = peakHeap() - baseline;
            long apiLive = live.peak() - liveBaseline;
            System.gc();
            liveBaseline = live.reset();
            resetPeaks();
            double sdkLarge = timed(() -> sdk(storage, largeMib * MIB, 1));
            long sdkPeak = peakHeap() - baseline;
            long sdkLive = live.peak() - liveBaseline;
            live.close();
            double apiSmall = timed(() -> upload(http, port, bk, MIB, smallFiles));
            double sdkSmall = timed(() -> sdk(storage, MIB, smallFiles));

            System.out.println();
            System.out.printf("Evidence ingest benchmark: %d cores, Java %s, max heap %d MiB, embedded S3Proxy (filesystem)%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() / MIB);
            System.out.println("| upload | API (MB/s) | MinIO SDK putObject (MB/s) | API/SDK "
                    + "| extra live heap after GC, peak, API / SDK (MiB) | extra heap in use incl. garbage, peak, API / SDK (MiB) |");
            System.out.println("|---|---|---|---|---|---|");
            System.out.printf("| 1 × %d MiB | %.1f | %.1f | %.2f | %d / %d | %d / %d |%n", largeMib,
                    largeMib / apiLarge, largeMib / sdkLarge, sdkLarge / apiLarge, apiLive / MIB, sdkLive / MIB,
                    apiPeak / MIB, sdkPeak / MIB);
            System.out.printf("| %d × 1 MiB | %.1f | %.1f | %.2f | | |%n", smallFiles, smallFiles / apiSmall,
                    smallFiles / sdkSmall, sdkSmall / apiSmall);
            System.out.println("Goals: API/SDK at least 0.8; a 4 GiB upload within 128 MiB of extra heap.");
        } finally {
            SpringApplication.exit(context);
            try (var files = Files.walk(objects)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void upload(HttpClient http, int port, String bk, long bytes, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            long seed = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/" + bk
                    + "/evidence/raw"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("zhangsan:demo".getBytes()))
                    .header("Content-Type", "video/mp4").header("X-Evidence-Step", RoutineInspectionProcess.TASK_ON_SITE)
                    .header("X-Evidence-Kind", "video").header("X-Evidence-Device", "BENCH")
                    .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new Video(bytes, seed)), bytes))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("upload failed: " + response.statusCode() + " " + response.body());
            }
        }
    }

    private static void sdk(ObjectStorage storage, long bytes, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            storage.client().putObject(PutObjectArgs.builder().bucket(storage.stagingBucket())
                    .object("bench/" + UUID.randomUUID()).stream(new Video(bytes, System.nanoTime()), -1, 16 * MIB)
                    .build());
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /**
     * The heap still in use right after each garbage collection — what the upload actually holds, unlike the peak in
     * use, which also counts garbage not yet collected. Sampled every 20 ms from the pools' post-collection usage.
     */
    private static final class LiveHeap implements AutoCloseable {
        private final Thread sampler;
        private volatile long peak;
        private volatile boolean running = true;

        LiveHeap() {
            sampler = new Thread(() -> {
                while (running) {
                    peak = Math.max(peak, afterLastCollection());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "live-heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        /** Starts a new measurement; returns the live heap now (call after System.gc()). */
        long reset() {
            long now = afterLastCollection();
            peak = now;
            return now;
        }

        long peak() {
            return Math.max(peak, afterLastCollection());
        }

        private static long afterLastCollection() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getCollectionUsage).filter(java.util.Objects::nonNull)
                    .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
        }

        @Override
        public void close() {
            running = false;
            sampler.interrupt();
        }
    }

    /** An MP4-headed stream of pseudo-random bytes, made while it is read. */
    private static final class Video extends InputStream {
        private final long length;
        private final InputStream head;
        private long position;
        private long state;

        Video(long length, long seed) {
            this.length = length;
            this.state = seed | 1;
            byte[] ftyp = { 0, 0, 0, 32, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 2, 0, 'm', 'p', '4', '2', 'i',
                    's', 'o', 'm', 'a', 'v', 'c', '1', 'm', 'p', '4', '1' };
            this.head = new ByteArrayInputStream(ftyp);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            int fromHead = ((ByteArrayInputStream) head).read(b, off, n);
            int start = Math.max(0, fromHead);
            for (int i = start; i < n; i++) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                b[off + i] = (byte) state;
            }
            position += n;
            return n;
        }
    }
}
