package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhifa.testing.Browser;
import org.zhifa.testing.Chromium;
import org.zhifa.testing.Http;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.TasklistPage;
import org.zhifa.testing.ZhifaIntegrationTest;

/**
 * The supervision page (issue 16) in Chromium, after the Tasklist login: a supervisor sees the deadlines with their
 * lights, the findings with their case and who did it, and the review rounds — as tables in the page the server sent,
 * so they need no JavaScript; a stranger is asked to log in, a handler is refused, an agency's head sees the agency's
 * deadlines but not the findings.
 */
@ZhifaIntegrationTest
class SupervisionPageBrowserIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "tasklist-screenshots", "supervision");

    static ChromeDriver browser;

    @Autowired
    Http http;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSupervisorSeesDeadlinesFindingsAndRoundsAsTablesAfterTheTasklistLogin() throws Exception {
        PenaltyCases cases = new PenaltyCases(http);
        PenaltyCases.Case changed = cases.filed("person", "53010012346");
        assertThat(http.put("admin", "/engine-rest/process-instance/" + changed.instance()
                + "/variables/transcriptSummary", java.util.Map.of("value", "页面测试中改过", "type", "String"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        String page = "http://localhost:" + http.port() + "/supervision/";
        assertThat(Chromium.run(null, "--dump-dom", page)).contains("请先登录", "办案系统（Tasklist）");

        TasklistPage tasklist = new TasklistPage(browser, http.port(), SCREENSHOTS);
        tasklist.login("fengyi", "demo");
        browser.get(page);
        String shown = browser.findElement(By.tagName("main")).getText();
        assertThat(shown).contains("法定期限预警", "责任追究线索", "案卷评查", "在办案步骤之外修改案件数据",
                changed.businessKey(), "admin");
        assertThat(browser.findElements(By.cssSelector("table caption"))).extracting(e -> e.getText())
                .contains("每条线索：问题、依据、案件、步骤、时间和责任人");
        Files.createDirectories(SCREENSHOTS);
        Path shot = Browser.screenshot(browser, SCREENSHOTS, "supervision");
        assertThat(Files.size(shot)).isGreaterThan(20_000);

        // the tables are in what the server sent: no script needed
        ResponseEntity<String> html = http.getText("fengyi", "/supervision/");
        assertThat(html.getBody()).contains("<table", changed.businessKey()).doesNotContain("<script");
        assertThat(http.getText("zhangsan", "/supervision/").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getText("zhangsan", "/supervision/").getBody()).contains("本页供执法监督人员");
        String head = http.getText("sunqi", "/supervision/").getBody();
        assertThat(head).contains("法定期限预警", "只显示本机关").doesNotContain("责任追究线索");
        assertThat(http.getText("fengyi", "/supervision/reviews/NOPE-1").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        for (String path : List.of("/supervision/reviews/a%20b", "/supervision/reviews/" + "x".repeat(80))) {
            assertThat(http.getText("fengyi", path).getStatusCode().is4xxClientError()).as(path).isTrue();
        }
    }
}
