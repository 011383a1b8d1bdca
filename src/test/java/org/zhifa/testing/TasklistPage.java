package org.zhifa.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Camunda Tasklist as its users work it, in Chromium: log in, open a Chinese filter, pick the task in its list, claim
 * it, fill its Camunda Form by the labels the user reads and submit it with 提交. Every page it passes is checked for
 * English labels of the webapp, and kept as a screenshot.
 */
public final class TasklistPage extends WebappPage {

    public TasklistPage(ChromeDriver browser, int port, Path screenshots) {
        super(browser, port, screenshots, "tasklist");
    }

    public void login(String user, String password) {
        login(user, password, By.xpath("//a[starts-with(normalize-space(.), '我的待办')]"));
    }

    /** Starts the process named so from the start dialog with the values; the notification it shows. */
    public String start(String user, String processName, Map<String, Object> values) {
        login(user, "demo");
        click(By.xpath("//a[normalize-space(.)='启动流程']"));
        click(By.xpath("//div[contains(@class,'modal-body')]//ul[contains(@class,'processes')]//a[normalize-space(.)='"
                + processName + "']"));
        wait(By.cssSelector(".modal-body .fjs-form"));
        fill(values);
        screenshot(user + "-" + processName);
        assertChinese("the start form of " + processName);
        return submitStart("");
    }

    /** Clicks 启动 in the start dialog; the notification it shows that says this (an earlier one may still show). */
    public String submitStart(String saying) {
        click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='启动']"));
        return notification(saying);
    }

    /**
     * The user opens the filter, finds the task in its list, claims it if nobody has, fills and submits its form;
     * the notification Tasklist shows afterwards.
     */
    public String work(String user, String filter, String taskId, String step, Map<String, Object> values) {
        open(user, filter, taskId);
        claimIfOpen();
        fill(values);
        screenshot(user + "-" + step);
        assertChinese(step);
        click(By.xpath("//button[normalize-space(.)='提交']"));
        // done when the task leaves the list, refused when Tasklist says why
        By link = By.cssSelector(".tasks-list a[href*='task=" + taskId + "']");
        try {
            return waiting(20).until(d -> {
                String shown = shownNotification();
                return !shown.isEmpty() ? shown : d.findElements(link).isEmpty() ? "" : null;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the task " + step + " was neither completed nor refused\n"
                    + Browser.diagnosis(browser), e);
        }
    }

    /** The user opens the filter and the task in its list. */
    public void open(String user, String filter, String taskId) {
        login(user, "demo");
        click(By.xpath("//a[starts-with(normalize-space(.), '" + filter + "')]"));
        By link = By.cssSelector(".tasks-list a[href*='task=" + taskId + "']");
        try {
            waiting(20).until(d -> !d.findElements(link).isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("task " + taskId + " is not in " + user + "'s filter " + filter + "\n"
                    + Browser.diagnosis(browser), e);
        }
        click(link);
        wait(By.cssSelector(".task-details .fjs-form, [cam-tasklist-task] .fjs-form, .fjs-form"));
        pause(800);
    }

    /** Clicks 认领 and returns what Tasklist says (a refusal shows there). */
    public String claim() {
        click(By.xpath("//button[normalize-space(.)='认领']"));
        return notification();
    }

    private void claimIfOpen() {
        List<WebElement> claim = browser.findElements(By.xpath("//button[normalize-space(.)='认领']"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            waiting(20).until(d -> d.findElements(By.xpath("//button[normalize-space(.)='认领']")).isEmpty());
            pause(800);
        }
    }

    /** What the form says under the field with this label (form-js's own checks). */
    public List<String> fieldErrors(String label) {
        return waiting(10).until(d -> {
            List<String> errors = field(label).findElements(By.cssSelector(".fjs-form-field-error")).stream()
                    .flatMap(error -> error.getText().lines()).map(String::strip).filter(t -> !t.isEmpty()).toList();
            return errors.isEmpty() ? null : errors;
        });
    }

    private WebElement field(String label) {
        return waiting(20).until(d -> d.findElements(By.xpath("//div[contains(concat(' ', "
                + "normalize-space(@class), ' '), ' fjs-form-field ')]"
                + "[.//label[normalize-space(.)='" + label + "' or normalize-space(.)='" + label + "*']]")).stream()
                .findFirst().orElse(null));
    }

    /** Fills the form's fields, each found by its label, the way a user enters them. */
    public void fill(Map<String, Object> values) {
        values.forEach((label, value) -> {
            WebElement field = field(label);
            scrollTo(field);
            String kind = field.getDomAttribute("class");
            if (kind.contains("fjs-form-field-select")) {
                select(field, value.toString());
            } else if (kind.contains("fjs-form-field-radio")) {
                field.findElement(By.xpath(".//label[normalize-space(.)='" + value + "']")).click();
            } else if (kind.contains("fjs-form-field-checklist")) {
                for (Object item : (List<?>) value) {
                    field.findElement(By.xpath(".//label[normalize-space(.)='" + item + "']")).click();
                }
            } else if (kind.contains("fjs-form-field-checkbox")) {
                WebElement box = field.findElement(By.cssSelector("input[type=checkbox]"));
                if (box.isSelected() != (Boolean) value) {
                    box.click();
                }
            } else if (kind.contains("fjs-form-field-datetime")) {
                WebElement input = field.findElement(By.cssSelector("input"));
                input.click();
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, value.toString(), Keys.ENTER);
            } else {
                WebElement input = field.findElement(By.cssSelector(kind.contains("textarea") ? "textarea" : "input"));
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, value.toString());
                String entered = input.getDomProperty("value");
                if (!value.toString().equals(entered)) {
                    throw new AssertionError(label + " holds “" + entered + "” after typing “" + value + "”\n"
                            + Browser.diagnosis(browser));
                }
            }
            // form-js takes an entry after a short debounce; a faster next entry can re-render the form over it
            pause(400);
        });
    }

    /** A form-js select: opened (searched, if it is searchable), the option with the text picked. */
    private void select(WebElement field, String text) {
        List<WebElement> search = field.findElements(By.cssSelector("input.fjs-input"));
        if (search.isEmpty()) {
            field.findElement(By.cssSelector(".fjs-input-group")).click();
        } else {
            search.get(0).click();
            search.get(0).sendKeys(text);
        }
        WebElement option = waiting(10).until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(item -> item.getText().contains(text)).findFirst().orElse(null));
        // form-js picks an option on mousedown, which a click's own mousedown reaches only once the list has settled
        ((JavascriptExecutor) browser).executeScript("arguments[0].dispatchEvent(new MouseEvent('mousedown', "
                + "{bubbles: true, cancelable: true}))", option);
    }

    /** The text of the notification Tasklist shows next. */
    public String notification() {
        return notification("");
    }

    /** The text of the notification Tasklist shows next that says this. */
    public String notification(String saying) {
        try {
            return waiting(20).until(d -> {
                String shown = shownNotification();
                return !shown.isEmpty() && shown.contains(saying) ? shown : null;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("no notification " + saying + "\n" + Browser.diagnosis(browser), e);
        }
    }

    private String shownNotification() {
        // the page's notifications, and a dialog's own
        return String.join(" | ", browser.findElements(By.cssSelector(".notifications")).stream()
                .map(WebElement::getText).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList());
    }
}
