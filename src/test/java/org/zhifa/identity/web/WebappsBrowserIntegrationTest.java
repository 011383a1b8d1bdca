package org.zhifa.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifa.testing.Browser;
import org.zhifa.testing.Http;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.WebappLabels;
import org.zhifa.testing.ZhifaIntegrationTest;


/**
 * Issue 14, in a real browser (Chromium in Chinese, on a machine in New York's zone): Tasklist, Cockpit, Admin and
 * the welcome page show no English label of the webapp, the product's header instead of the vendor's banner, the
 * product's name as the browser title, and times in the server's zone; a due date reads "… 天后到期". Screenshots
 * go to {@code target/tasklist-screenshots/}.
 */
@ZhifaIntegrationTest
class WebappsBrowserIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "tasklist-screenshots");
    private static final ZoneId SERVER_ZONE = ZoneId.of("Asia/Shanghai");

    private static ChromeDriver browser;

    @Autowired
    Http http;
    @Autowired
    ProcessEngine engine;

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
    void theServersFilesAreNamedByTheirContentSoNoBrowserKeepsAnOldOne() {
        String config = http.getText(null, "/camunda/app/tasklist/scripts/config.js").getBody();
        java.util.regex.Matcher script = Pattern.compile("\\.\\./zhifa/([0-9a-f]{12})/webapp").matcher(config);
        assertThat(script.find()).as(config).isTrue();
        assertThat(config).contains("\"fallbackLocale\" : \"zh\"", "\"timeZone\" : \"Asia/Shanghai\"");
        var file = http.getText(null, "/camunda/app/zhifa/" + script.group(1) + "/webapp.js");
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(file.getHeaders().getCacheControl()).contains("max-age=31536000");
        assertThat(file.getBody()).contains("angular.module('zhifa.webapp'");
        assertThat(http.getText(null, "/camunda/app/zhifa/000000000000/webapp.js").getStatusCode().value())
                .as("another version is not served").isEqualTo(404);
        assertThat(http.getText(null, "/camunda/app/zhifa/" + script.group(1) + "/application.yaml").getStatusCode()
                .value()).as("nothing but the webapp's files").isEqualTo(404);
    }

    @Test
    void everyWebappIsTheProductsInChineseAndInTheServersTime() throws Exception {
        PenaltyCases cases = new PenaltyCases(http);
        PenaltyCases.Case c = cases.filed("person", "53010012346");
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(c.instance()).singleResult();
        // due in three days at 10:30 in Kunming: 22:30 the evening before in New York
        Instant due = Instant.now().plus(3, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS).atZone(SERVER_ZONE)
                .withHour(10).withMinute(30).withSecond(0).withNano(0).toInstant();
        engine.getTaskService().setDueDate(task.getId(), Date.from(due));
        String site = "http://localhost:" + http.port() + "/camunda/app/";

        browser.get(site + "tasklist/");
        WebElement user = wait(By.cssSelector("input[ng-model='username'].ng-pristine"));
        assertChinese("tasklist", "login");
        Browser.screenshot(browser, SCREENSHOTS, "00-login");
        user.sendKeys("zhangsan");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        wait(By.cssSelector(".zhifa-header"));
        String header = browser.findElement(By.cssSelector(".zhifa-header")).getText();
        assertThat(header).as("the product and the agency (zhifa.webapps)").contains("执法", "行政执法全过程记录与公示系统",
                "昆明市（演示）");
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).as("the vendor's banner").isEmpty();
        assertThat(browser.getTitle()).isEqualTo("执法 任务列表");
        assertThat(wait(By.cssSelector("#footer-timezone")).getText()).contains("中国标准时间（Asia/Shanghai）");

        // the task with its due date, in Chinese word order and the server's time
        browser.get(site + "tasklist/default/#/?task=" + task.getId());
        // claimed, it is in "我的待办", its due date in Chinese order: "3 天后到期"
        // the page re-renders while it loads: an element found a moment ago may be gone, so each look finds anew
        waiting(30).until(d -> {
            WebElement claim = d.findElements(By.cssSelector("button, a")).stream()
                    .filter(e -> e.isDisplayed() && "认领".equals(e.getText().strip())).findFirst().orElse(null);
            if (claim != null) {
                claim.click();
            }
            return claim != null;
        });
        waiting(20).until(d -> "zhangsan".equals(engine.getTaskService().createTaskQuery().taskId(task.getId())
                .singleResult().getAssignee()));
        browser.navigate().refresh();
        String[] shown;
        try {
            shown = waiting(20).until(d -> d.findElements(By.cssSelector(".tasks-list .due-date")).stream()
                    .filter(e -> e.getText().contains("到期")).findFirst()
                    .map(e -> new String[] { e.getText(), e.findElement(By.xpath("..")).getText(),
                            e.findElement(By.cssSelector("[am-time-ago]")).getDomAttribute("uib-tooltip") })
                    .orElse(null));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no due date with 到期\n" + Browser.diagnosis(browser), e);
        }
        assertThat(shown[0].replaceAll("\\s+", "")).matches("[23]天后到期");
        assertThat(shown[1].replaceAll("\\s+", "")).matches("[23]天后到期[0-9]+个月后跟进.*前创建");
        assertThat(shown[2]).as("the due date in Kunming's time, in Chinese").contains(
                DateTimeFormatter.ofPattern("yyyy年M月d日").format(due.atZone(SERVER_ZONE)), "10:30");
        assertChinese("tasklist", "the task");
        Browser.screenshot(browser, SCREENSHOTS, "01-tasklist-task");

        for (String[] page : new String[][] { { "cockpit", "cockpit/default/#/dashboard", "执法 监控中心" },
                { "admin", "admin/default/#/", "执法 系统管理" }, { "welcome", "welcome/default/#!/welcome", "执法 欢迎" } }) {
            // zhangsan may not open Cockpit and Admin: the administrator does
            browser.manage().deleteAllCookies();
            browser.get(site + page[1]);
            WebElement name = wait(By.cssSelector("input[ng-model='username'].ng-pristine"));
            name.sendKeys("admin");
            browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("admin");
            browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
            wait(By.cssSelector(".zhifa-header"));
            try {
                // Cockpit adds the page it shows: "执法 监控中心 | 仪表板"
                waiting(20).until(d -> d.getTitle().equals(page[2]) || d.getTitle().startsWith(page[2] + " | "));
            } catch (org.openqa.selenium.TimeoutException e) {
                Browser.screenshot(browser, SCREENSHOTS, "02-" + page[0] + "-title");
                throw new AssertionError("the title of " + page[0] + " is “" + browser.getTitle() + "”\n"
                        + Browser.diagnosis(browser), e);
            }
            assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).as(page[0]).isEmpty();
            assertChinese(page[0], page[1]);
            Browser.screenshot(browser, SCREENSHOTS, "02-" + page[0]);
        }
    }

    /** No English label of the webapp on the page as the user sees it. */
    private void assertChinese(String app, String where) throws IOException {
        // let the view settle: its texts come from the translation files after the page loads
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("body")));
        sleep();
        String shown = browser.findElement(By.tagName("body")).getText();
        List<String> english = WebappLabels.englishOn(app, shown);
        assertThat(english).as("English labels of " + app + " on " + where + ":\n" + shown).isEmpty();
        assertThat(shown).doesNotContain("Camunda 8", "It is time to migrate");
    }

    private static void sleep() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private WebElement wait(By what) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(what));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + what + " on the page\n" + Browser.diagnosis(browser), e);
        }
    }
}
