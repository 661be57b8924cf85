package org.departurebooklet.web;

import static org.departurebooklet.web.WebTesting.booklets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser fills in the form, lands on the plan page and downloads the booklet and the
 * calendar file from it: Debian's chromium and chromium-driver, headless, with a fresh profile and
 * no background networking. Skipped with the reason when they are not installed, except under
 * CI=true, where it must run.
 */
class BrowserDownloadTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private BookletServer server;
  private WebDriver browser;
  private Path profile;
  private Path downloads;

  @BeforeEach
  void start() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      String reason =
          "needs Debian's chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "): apt-get install chromium chromium-driver";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but the browser test cannot run: " + reason);
      }
      Assumptions.abort(reason);
    }
    server = BookletServer.start(booklets(), WebTesting.settings(2, Duration.ofSeconds(60)));
    profile = Files.createTempDirectory("booklet-chromium-profile");
    downloads = Files.createTempDirectory("booklet-downloads");
    browser = chromium(profile, downloads);
  }

  static ChromeDriver chromium(Path profile, Path downloads) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--disable-default-apps",
        "--window-size=412,915",
        "--user-data-dir=" + profile);
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    prefs.put("download.directory_upgrade", true);
    prefs.put("safebrowsing.enabled", false);
    options.setExperimentalOption("prefs", prefs);
    // The driver is given, so Selenium Manager (which would download one) is not used.
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    for (Path dir : new Path[] {profile, downloads}) {
      if (dir != null) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
      }
    }
  }

  @Test
  void studentFillsTheFormSeesTheirPlanAndDownloadsTheBookletAndTheCalendarFile() throws Exception {
    browser.get("http://127.0.0.1:" + server.port() + "/?lang=ja");
    assertEquals("ja", browser.findElement(By.tagName("html")).getAttribute("lang"));

    browser.findElement(By.id("name")).sendKeys("Nguyễn Văn Đức");
    setDate("graduation_date", "2027-03-18");
    setDate("departure_date", "2027-04-04");
    browser.findElement(By.cssSelector("label[for=plan-return-home]")).click();
    // A searchable list: the input names its datalist, which the browser offers as suggestions.
    Object suggestions =
        ((JavascriptExecutor) browser)
            .executeScript("return document.getElementById('destination').list.options.length");
    assertTrue(((Number) suggestions).intValue() > 200, "suggestions: " + suggestions);
    browser.findElement(By.id("destination")).sendKeys("ベトナム");
    new Select(browser.findElement(By.id("language"))).selectByValue("en");
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    // The plan page, in the page's language, with the English booklet's dates.
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("step-moving-out")));
    assertEquals("Nguyễn Văn Đứcさんの出国までの手続き", browser.findElement(By.tagName("h1")).getText());
    assertEquals(
        "Fri 2 Apr 2027",
        browser.findElement(By.cssSelector("#step-moving-out td.due")).getText(),
        "Friday, not Sunday");

    browser.findElement(By.id("download-booklet")).click();
    Path pdf = awaitDownload(".pdf", Duration.ofSeconds(90));
    String file = pdf.getFileName().toString();
    // Chromium takes the UTF-8 filename* over the ASCII fallback.
    assertTrue(file.startsWith("Nguy") && file.endsWith("-departure-booklet.pdf"), file);
    byte[] bytes = Files.readAllBytes(pdf);
    assertTrue(WebTesting.isPdf(bytes));
    String text = WebTesting.pdfText(bytes);
    assertTrue(text.contains("Nguyễn Văn Đức"), "the student's name is in the booklet");
    assertTrue(text.contains("Vietnam"), "the destination is in the booklet");
    assertTrue(text.contains("Fri 2 Apr 2027"), "the booklet's day is the page's");

    // A download leaves the plan page in place (going back would ask to send the form again).
    assertTrue(browser.findElement(By.id("download-calendar")).isDisplayed());
    browser.findElement(By.id("download-calendar")).click();
    Path ics = awaitDownload(".ics", Duration.ofSeconds(60));
    assertTrue(
        ics.getFileName().toString().startsWith("Nguy")
            && ics.getFileName().toString().endsWith("-deadlines.ics"),
        ics.getFileName().toString());
    List<VEvent> events = WebTesting.events(Files.readAllBytes(ics));
    assertEquals(
        browser.findElements(By.cssSelector("tbody tr[id^=step-]")).size(),
        events.size(),
        "one event per row of the plan page");
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.getStartDate().orElseThrow().getDate().equals(LocalDate.of(2027, 4, 2))
                        && e.getProperty(Property.SUMMARY)
                            .orElseThrow()
                            .getValue()
                            .contains("Moving-out")));
  }

  @Test
  void aMistakeIsShownNextToTheFieldWithTheAnswersKept() {
    browser.get("http://127.0.0.1:" + server.port() + "/");
    browser.findElement(By.id("name")).sendKeys("Priya Raman");
    setDate("graduation_date", "2027-03-18");
    setDate("departure_date", "2027-03-01");
    browser.findElement(By.id("destination")).sendKeys("India");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    // Wait for the answer page: until it replaces the form, the old elements are still there.
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("departure_date-error")));

    WebElement departure = browser.findElement(By.id("departure_date"));
    assertEquals("true", departure.getAttribute("aria-invalid"));
    assertTrue(departure.getAttribute("aria-describedby").contains("departure_date-error"));
    assertTrue(
        browser
            .findElement(By.id("departure_date-error"))
            .getText()
            .contains("before your graduation date"));
    assertEquals("Priya Raman", browser.findElement(By.id("name")).getAttribute("value"));
    assertEquals("India", browser.findElement(By.id("destination")).getAttribute("value"));
    assertEquals(
        "departure_date",
        browser.switchTo().activeElement().getAttribute("id"),
        "the first bad field has the focus");
  }

  /**
   * Date inputs take typing in the browser's locale format; setting the value is what a picker
   * does.
   */
  private void setDate(String id, String isoDate) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];", browser.findElement(By.id(id)), isoDate);
  }

  /** The first finished download whose name ends with {@code suffix}. */
  private Path awaitDownload(String suffix, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(downloads)) {
        List<Path> done = files.filter(p -> p.toString().endsWith(suffix)).toList();
        if (!done.isEmpty()) {
          return done.get(0);
        }
      }
      Thread.sleep(200);
    }
    String source = browser.getPageSource();
    fail(
        "no "
            + suffix
            + " downloaded within "
            + timeout
            + "; page says: "
            + source.substring(0, Math.min(500, source.length())));
    return null;
  }
}
