package org.zhifa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.cases.CaseDecisions;
import org.zhifa.evidence.CaseDocuments;
import org.zhifa.testing.Chromium;
import org.zhifa.testing.Http;
import org.zhifa.testing.ZhifaIntegrationTest;

/**
 * End to end in a real browser (headless Chromium, the Debian {@code chromium} package that {@code .ci/run}
 * installs): a decision goes through the disclosure process, then the portal's search form — read from the page as
 * the browser renders it — finds it, the result page shows it redacted, and screenshots are kept in
 * {@code target/portal-screenshots/}.
 */
@ZhifaIntegrationTest
class PortalBrowserIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");

    @Autowired
    Http http;
    @Autowired
    CaseDecisions decisions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CaseDocuments documents;

    @Test
    void aPublishedDecisionIsFoundThroughTheSearchFormInChromium() throws Exception {
        PortalFixtures fixtures = new PortalFixtures(http, decisions, transactions, documents);
        PortalFixtures.Decided decided = fixtures.publish(fixtures.decide("唐三藏", "530102198601011230"));
        String site = "http://localhost:" + http.port();

        String home = chromium("--dump-dom", site + "/portal/");
        Matcher form = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*role=\"search\"").matcher(home);
        assertThat(form.find()).as("the search form on the rendered page").isTrue();
        assertThat(home).contains("<label for=\"q\">", "name=\"q\"");
        String search = site + form.group(1) + "?q=" + URLEncoder.encode("唐某", StandardCharsets.UTF_8) + "&kind=";

        String results = chromium("--dump-dom", search);
        assertThat(results).contains(decided.number(), "唐某").doesNotContain("唐三藏");
        Matcher link = Pattern.compile("href=\"(/portal/results/\\d+)\"[^>]*>" + Pattern.quote(decided.number()))
                .matcher(results);
        assertThat(link.find()).as("a link to the result").isTrue();
        String result = chromium("--dump-dom", site + link.group(1));
        assertThat(result).contains("决定书全文", "唐某", "〔身份证号码已隐去〕").doesNotContain("唐三藏",
                "530102198601011230");

        Files.createDirectories(SCREENSHOTS);
        Path searchShot = SCREENSHOTS.resolve("search-" + decided.businessKey() + ".png");
        Path resultShot = SCREENSHOTS.resolve("result-" + decided.businessKey() + ".png");
        chromium("--screenshot=" + searchShot.toAbsolutePath(), search);
        chromium("--screenshot=" + resultShot.toAbsolutePath(), site + link.group(1));
        for (Path shot : List.of(searchShot, resultShot)) {
            byte[] png = Files.readAllBytes(shot);
            assertThat(png.length).as(shot + " is a real picture").isGreaterThan(10_000);
            assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
    }

    @Test
    void theOversightPageAsksForTheTasklistLoginWithoutTheBrowsersDialog() throws Exception {
        String page = "http://localhost:" + http.port() + "/supervision/disclosure.html";
        String anonymous = chromium("--virtual-time-budget=10000", "--dump-dom", page);
        assertThat(anonymous).contains("执法公示监督", "逾期未公示")
                .containsPattern("<p id=\"login\" class=\"notice\">请先登录");
        assertThat(http.getWithHeader("/api/disclosure/overdue", "X-Requested-With", "XMLHttpRequest").getHeaders()
                .containsKey("WWW-Authenticate")).as("no dialog for the page's own scripts").isFalse();
        assertThat(http.get(null, "/api/disclosure/overdue").getHeaders().containsKey("WWW-Authenticate"))
                .as("other clients are told to use Basic").isTrue();
    }

    @Test
    void theAgencysCatalogueReadsInChromium() throws Exception {
        String page = "http://localhost:" + http.port() + "/portal/agencies/KMSJ";
        String dom = chromium("--dump-dom", page);
        assertThat(dom).contains("昆明市市场监督管理局", "执法人员", "权责清单", "随机抽查事项清单", "救济渠道",
                "依职权行政执法案件", "食品经营许可（新办）", "音像记录事项清单");
        Files.createDirectories(SCREENSHOTS);
        Path shot = SCREENSHOTS.resolve("agency-KMSJ.png");
        chromium("--screenshot=" + shot.toAbsolutePath(), page);
        assertThat(Files.size(shot)).as(shot + " is a real picture").isGreaterThan(20_000);
    }

    @Test
    void theFlowChartIsTheDeployedModelDrawnByBpmnJsInChromium() throws Exception {
        String page = "http://localhost:" + http.port() + "/portal/procedures/officer-initiated-case";
        String dom = chromium("--virtual-time-budget=15000", "--dump-dom", page);
        assertThat(dom).as("bpmn-js drew the model").contains("data-rendered=\"true\"", "djs-container");
        Matcher shapes = Pattern.compile("class=\"djs-element djs-shape").matcher(dom);
        int count = 0;
        while (shapes.find()) {
            count++;
        }
        assertThat(count).as("the shapes of the case's steps").isGreaterThan(30);
        assertThat(dom).contains("告知").doesNotContain("流程图无法显示");

        Files.createDirectories(SCREENSHOTS);
        Path shot = SCREENSHOTS.resolve("procedure-officer-initiated-case.png");
        chromium("--virtual-time-budget=15000", "--screenshot=" + shot.toAbsolutePath(), page);
        assertThat(Files.size(shot)).as(shot + " is a real picture").isGreaterThan(20_000);
    }

    private static String chromium(String what, String url) throws IOException, InterruptedException {
        return Chromium.run(null, what, url);
    }

    private static String chromium(String option, String what, String url) throws IOException, InterruptedException {
        return Chromium.run(option, what, url);
    }
}
