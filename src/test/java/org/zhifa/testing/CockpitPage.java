package org.zhifa.testing;

import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Camunda Cockpit as a supervisor uses it, in Chromium: the dashboard's search of the full-process record by business
 * key, and a process instance's 全过程记录 tab.
 */
public final class CockpitPage extends WebappPage {

    private static final By RECORD = By.cssSelector(".zhifa-record, .zhifa-record-empty, .zhifa-record-error");

    public CockpitPage(ChromeDriver browser, int port, Path screenshots) {
        super(browser, port, screenshots, "cockpit");
    }

    public void login(String user, String password) {
        login(user, password, By.cssSelector(".zhifa-record-search"));
    }

    /** Searches the record by business key on the dashboard; what the result says (the record table's text). */
    public String searchRecord(String businessKey) {
        WebElement key = wait(By.cssSelector(".zhifa-record-search .zhifa-record-key"));
        scrollTo(key);
        key.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, businessKey, Keys.ENTER);
        return shownRecord();
    }

    /** Follows the result's link to the case's running process instance and opens its 全过程记录 tab. */
    public String openInstanceRecord() {
        click(By.xpath("//a[normalize-space(.)='打开该案件办理中的流程实例']"));
        click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='全过程记录']"));
        return shownRecord();
    }

    private String shownRecord() {
        WebElement shown = waiting(30).until(d -> d.findElements(RECORD).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        scrollTo(shown);
        WebElement result = shown.findElement(By.xpath(".."));
        return result.getText();
    }
}
