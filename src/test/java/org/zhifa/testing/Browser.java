package org.zhifa.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser for page tests: the Debian {@code chromium} and {@code chromium-driver} packages ({@code .ci/run}
 * installs both) driven by Selenium, headless, in Chinese, and in a zone other than the server's, so that a page
 * showing times in the browser's zone is seen to be wrong. Nothing is downloaded.
 */
public final class Browser {

    /** The browser machine's zone: neither the server's nor UTC. */
    public static final String ZONE = "America/New_York";

    private Browser() {
    }

    public static ChromeDriver start() {
        String binary = executable("/usr/bin/chromium", "/usr/bin/chromium-browser");
        String driver = executable("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--lang=zh-CN", "--accept-lang=zh-CN,zh", "--window-size=1366,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().withEnvironment(Map.of("TZ", ZONE, "LANGUAGE", "zh_CN:zh", "LANG", "zh_CN.UTF-8"))
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        // headless Chromium takes its page locale (navigator.language, Intl: how dates are entered) from here only
        browser.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "zh-CN"));
        browser.manage().timeouts().implicitlyWait(Duration.ZERO).pageLoadTimeout(Duration.ofSeconds(60))
                .scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** Keeps a screenshot of what the browser shows as {@code folder/name.png}. */
    public static Path screenshot(ChromeDriver browser, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** What the page's scripts logged, and the page, for a failure's message. */
    public static String diagnosis(ChromeDriver browser) {
        StringBuilder text = new StringBuilder("console:\n");
        browser.manage().logs().get("browser").forEach(entry -> text.append(entry.getLevel()).append(' ')
                .append(entry.getMessage()).append('\n'));
        String page = browser.findElement(org.openqa.selenium.By.tagName("body")).getText();
        String html = browser.getPageSource();
        int body = html.indexOf("<body");
        html = body < 0 ? html : html.substring(body);
        return text.append("page at ").append(browser.getCurrentUrl()).append(" shows:\n").append(page)
                .append("\n").append(html.length() > 6000 ? html.substring(0, 6000) : html).toString();
    }

    private static String executable(String... candidates) {
        return List.of(candidates).stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst()
                .orElseThrow(() -> new AssertionError("a browser test needs " + candidates[0]
                        + ": apt-get install chromium chromium-driver (.ci/run does)"));
    }
}
