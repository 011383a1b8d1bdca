package org.zhifa.benchmark;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhifa.ZhifaApplication;
import org.zhifa.cases.process.RoutineInspectionProcess;
import org.zhifa.documents.DocumentKind;
import org.zhifa.documents.Documents;
import org.zhifa.dossier.Dossier;

/**
 * Statutory documents laid out and stored per second (a two-page 行政处罚决定书 from its template: Thymeleaf, PDF
 * layout with embedded fonts, SHA-256, object store, rows), and the time to export the 卷宗 of a case whose documents
 * fill 200 pages (PDF and ZIP with every file). Not a test: run it with the command in the README.
 */
public final class DocumentBenchmark {

    public static void main(String[] arguments) throws Exception {
        String[] args = arguments.length == 1 ? arguments[0].trim().split("[\\s,]+") : arguments;
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int dossierPages = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhifaApplication.class).run(
                "--spring.profiles.active=demo,test", "--server.port=0", "--logging.level.root=warn",
                "--spring.main.banner-mode=off", "--spring.datasource.url=jdbc:h2:mem:document-bench;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=false");
        try {
            Documents documents = context.getBean(Documents.class);
            String bk = inspection(context.getBean(ProcessEngine.class));
            for (int i = 0; i < 10; i++) {
                issue(documents, bk, 1, RARE);
                issue(documents, bk, 1, COMMON);
            }
            long started = System.nanoTime();
            int pages = 0;
            for (int i = 0; i < count; i++) {
                pages += issue(documents, bk, 1, RARE);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long commonStarted = System.nanoTime();
            for (int i = 0; i < count; i++) {
                issue(documents, bk, 1, COMMON);
            }
            double commonSeconds = (System.nanoTime() - commonStarted) / 1e9;

            String big = inspection(context.getBean(ProcessEngine.class));
            int filled = 0;
            int filedDocuments = 0;
            while (filled < dossierPages) {
                filled += issue(documents, big, 12, RARE);
                filedDocuments++;
            }
            Dossier dossier = context.getBean(Dossier.class);
            long exportStarted = System.nanoTime();
            Dossier.Contents contents = dossier.prepare(big, "zhangsan", List.of("handler"), "基准测试", true);
            double pdfSeconds = (System.nanoTime() - exportStarted) / 1e9;
            dossier.writeZip(contents, OutputStream.nullOutputStream());
            double zipSeconds = (System.nanoTime() - exportStarted) / 1e9;
            int dossierTotal;
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(contents.pdf())) {
                dossierTotal = pdf.getNumberOfPages();
            }

            System.out.println();
            System.out.printf("Document benchmark: %d cores, Java %s, max heap %d MiB, H2, embedded S3Proxy%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.println("| measure | figure |");
            System.out.println("|---|---|");
            System.out.printf("| 行政处罚决定书 naming %s issued (%d, %d pages; the fallback font read too) | %.1f documents/s,"
                    + " %.0f ms each |%n", RARE, count, pages, count / seconds, seconds * 1000 / count);
            System.out.printf("| same, naming %s (the main font covers it) | %.1f documents/s, %.0f ms each |%n", COMMON,
                    count / commonSeconds, commonSeconds * 1000 / count);
            System.out.printf("| 卷宗 of %d documents, %d document pages (%d in the PDF): PDF | %.1f s |%n",
                    filedDocuments, filled, dossierTotal, pdfSeconds);
            System.out.printf("| same, PDF and ZIP with every file | %.1f s |%n", zipSeconds);
        } finally {
            context.close();
        }
    }

    /** A case to file documents under: a routine inspection, started by zhangsan. */
    private static String inspection(ProcessEngine engine) {
        String bk = "BENCH-" + UUID.randomUUID();
        engine.getIdentityService().setAuthentication("zhangsan", List.of("handler"));
        try {
            engine.getRuntimeService().startProcessInstanceByKey(RoutineInspectionProcess.KEY, bk, Map.of(
                    "subjectName", "基准测试", "subjectAddress", "昆明市五华区", "source", "random",
                    "inspectionItems", "食品经营许可事项", "plannedDate", "2026-11-27"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        return bk;
    }

    /** A party's name with a character the main font lacks, and one it has. */
    private static final String RARE = "王𠮷";
    private static final String COMMON = "王吉祥";

    /** One decision whose facts run to about {@code length} times a page's worth; its page count. */
    private static int issue(Documents documents, String bk, int length, String party) {
        Map<String, Object> values = new HashMap<>();
        values.put("partyName", party);
        values.put("partyType", "person");
        values.put("partyIdNumber", "530102199001011231");
        values.put("partyAddress", "昆明市五华区人民中路 1 号");
        values.put("caseNumber", bk);
        values.put("caseCause", "销售超过保质期的食品");
        values.put("facts", "经查，当事人于 2026 年 1 月在其经营的超市销售超过保质期的食品，货值金额 1500 元。".repeat(18 * length));
        values.put("evidenceList", "现场检查笔录、询问笔录、照片 12 张");
        values.put("statementMade", true);
        values.put("statementSummary", "当事人称系仓库管理疏忽");
        values.put("hearingHeld", false);
        values.put("legalBasis", "《中华人民共和国食品安全法》第一百二十四条");
        values.put("discretionRule", "初次违法，从轻");
        values.put("penalties", List.of(Documents.penalty("罚款", new BigDecimal("20000"), null)));
        values.put("fined", true);
        return documents.issue(new Documents.Issue(DocumentKind.PENALTY_DECISION, bk, "Task_OnSite", "KMSJ",
                "昆明市市场监督管理局", null, LocalDate.of(2026, 3, 5), values, "zhangsan")).document().pages();
    }
}
