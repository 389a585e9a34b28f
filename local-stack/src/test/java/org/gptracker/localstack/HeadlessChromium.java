package org.gptracker.localstack;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's own Chromium and chromedriver, headless; never one downloaded by Selenium Manager.
 * Their paths can be changed with {@code -Dgp.chromium=} and {@code -Dwebdriver.chrome.driver=}.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final String DRIVER_PROPERTY = "webdriver.chrome.driver";

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Fails, naming what to install, when Chromium or its driver is missing: the browser test is not skipped. */
    static HeadlessChromium start(int width, int height) {
        Path browser = Path.of(System.getProperty("gp.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty(DRIVER_PROPERTY, "/usr/bin/chromedriver"));
        for (Path needed : new Path[]{browser, chromedriver}) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException(needed + " is missing: the dashboard's browser test needs Chromium and"
                        + " chromedriver (Debian: apt-get install chromium chromium-driver; .ci/run installs them), or"
                        + " -Dgp.chromium=<browser> -D" + DRIVER_PROPERTY + "=<driver>.");
            }
        }
        System.setProperty(DRIVER_PROPERTY, chromedriver.toString());
        ChromeOptions options = new ChromeOptions()
                .setBinary(browser.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=" + width + "," + height, "--lang=en-GB");
        HeadlessChromium chromium = new HeadlessChromium(new ChromeDriver(options));
        chromium.driver.manage().window().setSize(new Dimension(width, height));
        return chromium;
    }

    WebDriver driver() {
        return driver;
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** The whole page, not only the window: the window grows to the page's height first. */
    void screenshot(Path file) {
        script("window.scrollTo(0, 0)");
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 4000)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
