package org.zhifa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Camunda webapp as its users see it in Chromium: logged in through its own form, clicked as a user clicks (the
 * element scrolled into view first), each page checked for English and kept as a numbered screenshot.
 */
public abstract class WebappPage {

    protected final ChromeDriver browser;
    protected final String site;
    private final Path screenshots;
    private final String app;
    private int shots;

    WebappPage(ChromeDriver browser, int port, Path screenshots, String app) {
        this.browser = browser;
        this.site = "http://localhost:" + port;
        this.screenshots = screenshots;
        this.app = app;
    }

    public ChromeDriver browser() {
        return browser;
    }

    public String site() {
        return site;
    }

    /** Logs in afresh through the webapp's login form; done when the page shows what the user lands on. */
    protected void login(String user, String password, By landed) {
        browser.manage().deleteAllCookies();
        browser.get(site + "/camunda/app/" + app + "/default/");
        // typed only once Angular has compiled the form (ng-pristine): keys typed earlier never reach its model
        wait(By.cssSelector("input[ng-model='username'].ng-pristine")).sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        waiting(10).until(d -> d.findElements(By.cssSelector("input[ng-model='password'].ng-dirty")).size() == 1);
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        wait(landed);
    }

    /** No English label of the webapp on the page as the user sees it, and no English phrase of a library. */
    public void assertChinese(String where) {
        String shown = browser.findElement(By.tagName("body")).getText();
        assertThat(WebappLabels.englishOn(app, shown)).as("English labels of " + app + " on " + where + ":\n" + shown)
                .isEmpty();
        assertThat(WebappLabels.englishPhrases(shown)).as("English (form-js's, say) on " + where + ":\n" + shown)
                .isEmpty();
    }

    public Path screenshot(String name) {
        try {
            return Browser.screenshot(browser, screenshots, String.format("%02d-%s", ++shots, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void click(By what) {
        waiting(20).until(d -> {
            WebElement element = d.findElements(what).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (element == null) {
                return false;
            }
            scrollTo(element);
            element.click();
            return true;
        });
    }

    /** Where a user scrolls a field before using it: the webapps' footers cover the bottom of the page. */
    protected void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    protected WebElement wait(By what) {
        try {
            return waiting(30).until(d -> d.findElements(what).stream().findFirst().orElse(null));
        } catch (TimeoutException e) {
            screenshot("missing");
            throw new AssertionError("no " + what + " on the page\n" + Browser.diagnosis(browser), e);
        }
    }

    public WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    protected static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
