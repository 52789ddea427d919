package dev.speedup.reports.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.speedup.reports.TestFiles;
import dev.speedup.reports.analysis.AnalysisOptions;
import dev.speedup.reports.analysis.Analyzer;
import dev.speedup.reports.read.RunReader;
import dev.speedup.reports.render.ReportWriter;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens the written report in a real headless Chromium: it loads without console errors, every
 * image resolves, and the summary is the first thing on the page. Skipped, with a message, where no
 * Chromium and chromedriver are installed (Debian: {@code apt-get install chromium chromium-driver});
 * CI installs them. Screenshots go to {@code reports/target/browser/}.
 */
class ReportPageInChromiumTest {
    private static final List<String> BROWSERS =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser");
    // Selenium warns that it has no DevTools binding for this Chromium; the test uses none. Held
    // here so the level is not lost when the logger is collected.
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(Level.SEVERE);
    }

    @TempDir
    Path dir;

    private ChromeDriver driver;

    @BeforeEach
    void startChromium() {
        Optional<String> browser = find("CHROME_BIN", BROWSERS);
        Optional<String> chromedriver = find("CHROMEDRIVER", DRIVERS);
        assumeTrue(
                browser.isPresent() && chromedriver.isPresent(),
                "no Chromium or chromedriver found (" + BROWSERS + ", " + DRIVERS
                        + "; or set CHROME_BIN and CHROMEDRIVER): the page is not checked in a browser");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get());
        // No network on CI: without these Chromium keeps trying to reach Google's services.
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1000",
                "--user-data-dir=" + dir.resolve("chromium-profile").toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.get()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit(); // ends chromedriver and every Chromium process it started
        }
    }

    private static Optional<String> find(String env, List<String> candidates) {
        String given = System.getenv(env);
        return Stream.concat(Stream.ofNullable(given), candidates.stream())
                .filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst();
    }

    private Path report(String name, Path... runs) throws Exception {
        Path out = dir.resolve(name);
        Analyzer analyzer = new Analyzer(AnalysisOptions.defaults());
        new ReportWriter(out)
                .write(Stream.of(runs)
                        .map(r -> analyzer.analyze(new RunReader(r).read()))
                        .toList());
        return out.resolve("index.html");
    }

    @Test
    void singleRunPageLoadsCleanlyWithEveryImageAndTheSummaryFirst() throws Exception {
        Path page = report("single", TestFiles.exampleRun(dir.resolve("run")));
        check(page, "index.png");
    }

    @Test
    void comparePageLoadsCleanlyWithEveryImageAndTheSummaryFirst() throws Exception {
        Path a = TestFiles.exampleRun(dir.resolve("a"));
        Path b = TestFiles.exampleRun(dir.resolve("b"));
        Files.writeString(b.resolve("machine.properties"), "host=box-2\n");
        Path page = report("compare", a, b);
        check(page, "compare.png");
        String headers = (String) ((JavascriptExecutor) driver)
                .executeScript("return Array.from(document.querySelectorAll('#summary th'))"
                        + ".map(t => t.textContent).join('|')");
        assertEquals("workload|box-1|box-2", headers, "machines side by side at the top");
    }

    private void check(Path page, String screenshot) throws Exception {
        driver.get(page.toUri().toString());
        JavascriptExecutor js = driver;
        String firstHeading = (String) js.executeScript("return document.querySelector('h2').textContent");
        assertEquals("How much faster, with which strategy, and why not more", firstHeading);
        Boolean summaryOnFirstScreen = (Boolean) js.executeScript(
                "return document.getElementById('summary').getBoundingClientRect().top < window.innerHeight");
        assertTrue(summaryOnFirstScreen, "the summary starts on the first screen");
        List<Object> broken = brokenImages();
        long images = (Long) js.executeScript("return document.images.length");
        assertTrue(images > 0, "the page shows charts");
        assertEquals(List.of(), broken, "images that do not load");
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertEquals(List.of(), errors, "console errors");
        Files.createDirectories(SCREENSHOTS);
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(screenshot), StandardCopyOption.REPLACE_EXISTING);
        Files.delete(shot);
        assertTrue(Files.size(SCREENSHOTS.resolve(screenshot)) > 0);
    }

    @Test
    void aMissingChartIsFoundBroken() throws Exception {
        Path page = report("single", TestFiles.exampleRun(dir.resolve("run")));
        Path chart;
        try (Stream<Path> charts = Files.list(page.resolveSibling("charts"))) {
            chart = charts.filter(p -> p.toString().endsWith("-efficiency.png"))
                    .findFirst()
                    .orElseThrow();
        }
        Files.delete(chart);
        driver.get(page.toUri().toString());
        assertEquals(List.of("charts/" + chart.getFileName()), brokenImages());
    }

    /** The src of every image on the page that does not load. */
    @SuppressWarnings("unchecked")
    private List<Object> brokenImages() {
        // Lazy images below the fold are not loaded yet: load each source afresh and wait for it.
        return (List<Object>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "Promise.all(Array.from(document.images).map(i => new Promise(r => {"
                + "  const x = new Image();"
                + "  x.onload = () => r(x.naturalWidth > 0 ? null : i.getAttribute('src'));"
                + "  x.onerror = () => r(i.getAttribute('src'));"
                + "  x.src = i.src; })))"
                + ".then(a => done(a.filter(s => s !== null)));");
    }
}
