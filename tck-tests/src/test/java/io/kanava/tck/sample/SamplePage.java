package io.kanava.tck.sample;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample's page in one headless Chromium (Debian's {@code chromium} driven by its {@code chromedriver}), as a
 * person would use it: a browser of its own, so two pages are two users. Every wait is bounded by {@link #WAIT}.
 */
final class SamplePage implements AutoCloseable {

    /** How long any wait for the page lasts before the test fails. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private static final String CHROMIUM = System.getProperty("kanava.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("kanava.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final Path profile;

    private SamplePage(ChromeDriver browser, Path profile) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, WAIT);
        this.profile = profile;
    }

    /** Opens the page in a new browser and waits until both channels are open. */
    static SamplePage open(URL application) throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("No Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
                    + ": install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver), "
                    + "as .ci/run does.");
        }
        Path profile = Files.createTempDirectory("kanava-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1200,900",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        SamplePage page = new SamplePage(new ChromeDriver(service, options), profile);
        page.browser.get(application.toExternalForm());
        page.waitForState("todos", "open");
        page.waitForState("chat", "open");
        return page;
    }

    void waitForState(String channel, String state) {
        waitForState(channel, state, WAIT);
    }

    /** Waits until a channel's state has been {@code state} at some point, however briefly (the page records each). */
    void waitForStateSeen(String channel, String state, Duration limit) {
        new WebDriverWait(browser, limit)
                .withMessage(channel + " having been " + state)
                .until(ExpectedConditions.attributeContains(By.id(channel + "-state"), "data-seen", state));
    }

    void waitForState(String channel, String state, Duration limit) {
        new WebDriverWait(browser, limit)
                .withMessage(channel + " becoming " + state)
                .until(ExpectedConditions.attributeToBe(By.id(channel + "-state"), "data-state", state));
    }

    /** Signs in through the page's form and waits until the page says so. */
    void signIn(String user, String password) {
        new Select(browser.findElement(By.id("user"))).selectByValue(user);
        browser.findElement(By.id("password")).clear();
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in-button")).click();
        wait.withMessage("signed in as " + user)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Signed in as " + user));
    }

    void addTodo(String text) {
        browser.findElement(By.id("todo-text")).sendKeys(text);
        browser.findElement(By.id("add-todo")).click();
    }

    /** Waits until a todo with this text is listed, and returns its item. */
    WebElement todo(String text) {
        return wait.withMessage("the todo '" + text + "' listed")
                .until(ExpectedConditions.presenceOfElementLocated(todoItem(text)));
    }

    void deleteTodo(String text) {
        todo(text).findElement(By.className("delete")).click();
    }

    void waitUntilTodoGone(String text) {
        wait.withMessage("the todo '" + text + "' gone")
                .until(ExpectedConditions.numberOfElementsToBe(todoItem(text), 0));
    }

    /** Waits for the page's notice to show an error code, and returns the text a user reads. */
    String notice(String code) {
        wait.withMessage("the notice for " + code)
                .until(ExpectedConditions.attributeToBe(By.id("notice"), "data-code", code));
        return browser.findElement(By.id("notice")).getText();
    }

    void say(String text) {
        browser.findElement(By.id("message-text")).sendKeys(text);
        browser.findElement(By.id("send-message")).click();
    }

    /** Waits until a chat message with this text is shown, and returns how many times it is. */
    int messagesSaying(String text) {
        By saying = By.xpath("//ol[@id='chat-log']/li[span[@class='text' and text()='" + text + "']]");
        wait.withMessage("the message '" + text + "' shown").until(ExpectedConditions.presenceOfElementLocated(saying));
        List<WebElement> shown = browser.findElements(saying);
        return shown.size();
    }

    /** Saves a screenshot of the page. */
    Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }

    private static By todoItem(String text) {
        return By.xpath("//ul[@id='todo-list']/li[span[@class='text' and text()='" + text + "']]");
    }

    @Override
    public void close() throws IOException {
        try {
            browser.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
    }
}
