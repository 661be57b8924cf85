package org.departurebooklet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.LinkCheck;
import org.departurebooklet.content.LoopbackSite;
import org.departurebooklet.content.OfficialLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code booklet validate --links} as a command. Every request goes to a {@link LoopbackSite} on
 * 127.0.0.1, which answers by path: the real network is never asked.
 */
class ValidateLinksTest {

  @TempDir Path temp;

  Path content;
  LoopbackSite site;

  /** How many links the shipped content has. */
  int n;

  /** What one run printed and returned. */
  record Run(int code, List<String> lines) {}

  @BeforeEach
  void start() {
    content = TestBooklets.copyShippedContent(temp.resolve("content"));
    site = LoopbackSite.start();
    n = OfficialLinks.in(content).checkable().size();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  /** validate with its link requests sent to the site. */
  private Run validate(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new ValidateCommand(site::here));
    cli.setOut(new PrintWriter(out));
    int code =
        cli.execute(
            Stream.concat(Stream.of("--content", content.toString()), Stream.of(args))
                .toArray(String[]::new));
    return new Run(code, out.toString().lines().toList());
  }

  private void link(String from, String to) throws IOException {
    Path common = content.resolve("common.yaml");
    String text = Files.readString(common, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), from);
    Files.writeString(common, text.replace(from, to), StandardCharsets.UTF_8);
  }

  /**
   * Gives a service the words that find its page in every edition, as a link too long to type
   * needs.
   */
  private void searchWords(String service, String words) throws IOException {
    for (String lang : List.of("en", "ja", "ko", "ne", "vi", "zh")) {
      Path texts = content.resolve(lang).resolve("services.yaml");
      String text = Files.readString(texts, StandardCharsets.UTF_8);
      assertTrue(text.contains("  " + service + ":\n"), service);
      Files.writeString(
          texts,
          text.replace("  " + service + ":\n", "  " + service + ":\n    search: " + words + "\n"),
          StandardCharsets.UTF_8);
    }
  }

  private String where(String key) {
    return content + content.getFileSystem().getSeparator() + "common.yaml: " + key;
  }

  @Test
  void everyLinkAnsweringExitsZeroWithTheSummary() {
    Run run = validate("--links");
    assertEquals(ExitCodes.OK, run.code(), () -> String.join("\n", run.lines()));
    assertEquals(
        List.of(
            "ok: "
                + content
                + " (en, ja, ko, ne, vi, zh): schema, links, fonts and keys checked, no problems",
            "asking " + n + " links, 4 at a time (up to 10 s a request)...",
            "links: " + n + " of " + n + " answered OK (HTTP 2xx)"),
        run.lines());
    assertEquals(n, site.requests().size(), site.requests().toString());
    assertTrue(
        site.requests().contains("HEAD /en/applications/procedures/nyuukokukanri10_00014.html"),
        site.requests().toString());
  }

  @Test
  void aBrokenLinkExitsWithThreeNamingItsPlaceAndAWarningIsSaidAsSuch() throws IOException {
    link("url: https://kamome.asia", "url: https://kamome.asia/missing");
    link("url: https://www.linkedin.com", "url: https://www.linkedin.com/forbidden");
    Run run = validate("--links");
    assertEquals(ExitCodes.BAD_INPUT, run.code(), () -> String.join("\n", run.lines()));
    String all = String.join("\n", run.lines());
    assertTrue(
        run.lines()
            .contains(
                where("services[0] (kamome).url")
                    + ": https://kamome.asia/missing answered 404 "
                    + "(not found: the page is not there)"),
        all);
    assertTrue(
        run.lines().stream()
            .anyMatch(
                line ->
                    line.startsWith(
                        "warning: "
                            + where("services[3] (linkedin).url")
                            + ": https://www.linkedin.com/forbidden answered 403")),
        all);
    assertEquals(
        "links: "
            + (n - 2)
            + " of "
            + n
            + " answered OK (HTTP 2xx); 1 problem, 1 warning (listed above)",
        run.lines().get(run.lines().size() - 1));
  }

  @Test
  void warningsAloneDoNotFail() throws IOException {
    link("url: https://www.linkedin.com", "url: https://www.linkedin.com/forbidden");
    Run run = validate("--links");
    assertEquals(ExitCodes.OK, run.code(), () -> String.join("\n", run.lines()));
    assertEquals(
        "links: "
            + (n - 1)
            + " of "
            + n
            + " answered OK (HTTP 2xx); 0 problems, 1 warning (listed above)",
        run.lines().get(run.lines().size() - 1));
  }

  @Test
  void aRedirectToAnotherHostAndASlowPageAreProblemsWithTheTimeoutGiven() throws IOException {
    link(
        "url: https://kamome.asia", "url: https://kamome.asia/redirect?to=https://kamome.example/");
    searchWords("kamome", "careers");
    link("url: https://www.glassdoor.com", "url: https://www.glassdoor.com/slow");
    Run run = validate("--links", "--links-timeout", "0.5");
    assertEquals(ExitCodes.BAD_INPUT, run.code(), () -> String.join("\n", run.lines()));
    assertEquals(
        "asking " + n + " links, 4 at a time (up to 0.5 s a request)...", run.lines().get(1));
    assertTrue(
        run.lines()
            .contains(
                where("services[0] (kamome).url")
                    + ": https://kamome.asia/redirect?to="
                    + "https://kamome.example/ redirects to https://kamome.example/, outside kamome.asia (if the page moved "
                    + "there, update the link and its host)"),
        () -> String.join("\n", run.lines()));
    assertTrue(
        run.lines()
            .contains(
                where("services[5] (glassdoor).url")
                    + ": https://www.glassdoor.com/slow did not answer within 0.5 s (timeout)"),
        () -> String.join("\n", run.lines()));
    assertEquals(
        "links: "
            + (n - 2)
            + " of "
            + n
            + " answered OK (HTTP 2xx); 2 problems, 0 warnings (listed above)",
        run.lines().get(run.lines().size() - 1));
  }

  @Test
  void aLinkTheContentCheckRefusesIsNotAskedAndFails() throws IOException {
    link("url: https://kamome.asia", "url: http://kamome.asia");
    Run run = validate("--links");
    assertEquals(ExitCodes.BAD_INPUT, run.code());
    assertEquals(
        "links: "
            + (n - 1)
            + " of "
            + n
            + " answered OK (HTTP 2xx); 1 not asked (their problems are listed above)",
        run.lines().get(run.lines().size() - 1));
    assertEquals(
        n - 1, site.requests().size(), "the refused link is not asked: " + site.requests());
  }

  @Test
  void contentWhoseLinksCannotBeReadSaysSoAndFailsForItsProblems() throws IOException {
    Files.writeString(content.resolve("common.yaml"), "procedures: [", StandardCharsets.UTF_8);
    Run run = validate("--links");
    assertEquals(ExitCodes.BAD_INPUT, run.code());
    assertEquals(
        "links: none to ask (common.yaml has none, or it could not be read: see above)",
        run.lines().get(run.lines().size() - 1));
    assertEquals(List.of(), site.requests());
  }

  @Test
  void whenNoSiteAnswersAtAllTheSummaryAsksWhetherTheComputerIsOnline() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    StringWriter out = new StringWriter();
    URI nowhere = URI.create("http://127.0.0.1:" + port + "/");
    CommandLine cli = new CommandLine(new ValidateCommand(uri -> nowhere));
    cli.setOut(new PrintWriter(out));
    assertEquals(ExitCodes.BAD_INPUT, cli.execute("--links"));
    List<String> lines = out.toString().lines().toList();
    assertEquals(
        "links: 0 of "
            + n
            + " answered OK (HTTP 2xx); "
            + n
            + " problems, 0 warnings (listed above); no site answered "
            + "at all: is this computer on the internet?",
        lines.get(lines.size() - 1));
  }

  @Test
  void withoutLinksValidateAsksNothing() {
    Run run = validate();
    assertEquals(ExitCodes.OK, run.code());
    assertEquals(1, run.lines().size(), () -> String.join("\n", run.lines()));
    assertEquals(List.of(), site.requests());
  }

  @Test
  void aTimeoutOutOfRangeOrWithoutLinksIsAUsageError() {
    for (List<String> args :
        List.of(
            List.of("--links-timeout", "5"),
            List.of("--links", "--links-timeout", "0"),
            List.of("--links", "--links-timeout", "NaN"))) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      String[] line = Stream.concat(Stream.of("validate"), args.stream()).toArray(String[]::new);
      assertEquals(
          ExitCodes.USAGE,
          Main.run(line, new PrintWriter(out), new PrintWriter(err)),
          args.toString());
      assertTrue(err.toString().startsWith("error: --links-timeout"), err.toString());
      assertEquals("", out.toString(), "nothing checked, nothing asked");
    }
    assertEquals(List.of(), site.requests());
  }

  @Test
  void theDefaultTimeoutIsTenSeconds() {
    assertEquals("10 s", LinkCheck.seconds(LinkCheck.Settings.DEFAULT_TIMEOUT));
  }
}
