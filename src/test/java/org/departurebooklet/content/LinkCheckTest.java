package org.departurebooklet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.departurebooklet.content.LinkCheck.Link;
import org.departurebooklet.content.LinkCheck.Outcome;
import org.departurebooklet.content.LinkCheck.Settings;
import org.departurebooklet.content.LinkCheck.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link LinkCheck} against a web site on 127.0.0.1 ({@link LoopbackSite}): never the real network.
 */
class LinkCheckTest {

  private LoopbackSite site;

  @BeforeEach
  void startSite() {
    site = LoopbackSite.start();
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  /** A link on the site, expected to stay on 127.0.0.1. */
  private Link link(String path) {
    return new Link(site.url(path), "127.0.0.1", "test: " + path);
  }

  private Outcome check(Link link) {
    return check(link, Settings.defaults());
  }

  private Outcome check(Link link, Settings settings) {
    List<Outcome> outcomes = LinkCheck.check(List.of(link), settings);
    assertEquals(1, outcomes.size());
    return outcomes.get(0);
  }

  @Test
  void aPageThatAnswers200IsOkAfterOneHeadRequestNamingTheTool() {
    Outcome outcome = check(link("/ok"));
    assertEquals(Verdict.OK, outcome.verdict(), outcome.describe());
    assertEquals(200, outcome.status());
    assertEquals(List.of("HEAD /ok"), site.requests());
    assertEquals(List.of(Settings.USER_AGENT), site.userAgents());
    assertTrue(Settings.USER_AGENT.startsWith("DepartureBooklet"), Settings.USER_AGENT);
  }

  @Test
  void notFoundGoneAndServerErrorsAreProblemsSaidInWords() {
    Outcome missing = check(link("/missing"));
    assertEquals(Verdict.PROBLEM, missing.verdict());
    assertEquals(
        "test: /missing: "
            + site.url("/missing")
            + " answered 404 (not found: the page is not there)",
        missing.describe());
    Outcome gone = check(link("/gone"));
    assertEquals(Verdict.PROBLEM, gone.verdict());
    assertTrue(gone.detail().startsWith("answered 410 (gone"), gone.detail());
    Outcome broken = check(link("/broken"));
    assertEquals(Verdict.PROBLEM, broken.verdict());
    assertTrue(
        broken.detail().startsWith("answered 503 (the site's server failed"), broken.detail());
  }

  @Test
  void aRefusalOfRobotsIsAWarningSaidAsSuch() {
    Outcome outcome = check(link("/forbidden"));
    assertEquals(Verdict.WARNING, outcome.verdict());
    assertEquals(403, outcome.status());
    assertTrue(outcome.describe().startsWith("warning: test: /forbidden: "), outcome.describe());
    assertTrue(
        outcome.detail().contains("sites often refuse programs like this one"), outcome.detail());
  }

  @Test
  void aRedirectWithinTheHostIsFollowedAndItsAnswerCounts() {
    Outcome outcome = check(link("/moved"));
    assertEquals(Verdict.OK, outcome.verdict(), outcome.describe());
    assertEquals(List.of("HEAD /moved", "HEAD /ok"), site.requests());

    Outcome toMissing = check(link("/redirect?to=/missing"));
    assertEquals(Verdict.PROBLEM, toMissing.verdict());
    assertTrue(
        toMissing.detail().endsWith("(at " + site.url("/missing") + ", after 1 redirect)"),
        toMissing.detail());
  }

  @Test
  void aRedirectToAnotherHostIsAProblemNamingWhereAndThatHostIsNeverAsked() {
    Outcome outcome = check(link("/moved-away"));
    assertEquals(Verdict.PROBLEM, outcome.verdict());
    String landing = site.url("/landing").replace("127.0.0.1", "localhost");
    assertTrue(
        outcome.detail().startsWith("redirects to " + landing + ", outside 127.0.0.1"),
        outcome.detail());
    assertEquals(
        List.of("HEAD /moved-away"), site.requests(), "localhost is this same server: never asked");
  }

  @Test
  void aRedirectToASubdomainOfTheHostIsFollowedButNotToAHostThatOnlyEndsLikeIt() {
    Settings toSite = Settings.defaults().withAddress(site::here);
    Link sub =
        new Link(
            "https://www.example.org/redirect?to=https://jobs.example.org/ok",
            "example.org",
            "sub");
    assertEquals(Verdict.OK, check(sub, toSite).verdict());
    assertEquals(List.of("HEAD /redirect", "HEAD /ok"), site.requests());

    Link lookalike =
        new Link(
            "https://www.example.org/redirect?to=https://badexample.org/ok", "example.org", "bad");
    Outcome outcome = check(lookalike, toSite);
    assertEquals(Verdict.PROBLEM, outcome.verdict());
    assertTrue(
        outcome.detail().startsWith("redirects to https://badexample.org/ok, outside example.org"),
        outcome.detail());
    assertEquals(3, site.requests().size(), site.requests().toString());
  }

  @Test
  void anOfficialUrlCanBeSentToTheLocalSiteWhileItsHostIsCheckedAsWritten() {
    Settings toSite = Settings.defaults().withAddress(site::here);
    Outcome outcome =
        check(new Link("https://www.isa.go.jp/missing", "isa.go.jp", "immigration"), toSite);
    assertEquals(
        "immigration: https://www.isa.go.jp/missing answered 404 (not found: the page is not there)",
        outcome.describe());
    assertEquals(List.of("HEAD /missing"), site.requests());
  }

  @Test
  void aPageThatRefusesHeadIsAskedAgainWithGet() {
    Outcome outcome = check(link("/no-head"));
    assertEquals(Verdict.OK, outcome.verdict(), outcome.describe());
    assertEquals(List.of("HEAD /no-head", "GET /no-head"), site.requests());
  }

  @Test
  void aPageThatDoesNotAnswerInTimeIsAProblemSayingSo() {
    Outcome outcome = check(link("/slow"), Settings.defaults().withTimeout(Duration.ofMillis(500)));
    assertEquals(Verdict.PROBLEM, outcome.verdict());
    assertEquals(0, outcome.status());
    assertEquals("did not answer within 0.5 s (timeout)", outcome.detail());
  }

  @Test
  void aHostThatRefusesConnectionsIsAProblemInWords() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    Outcome outcome = check(new Link("http://127.0.0.1:" + port + "/", "127.0.0.1", "closed"));
    assertEquals(Verdict.PROBLEM, outcome.verdict());
    assertEquals(
        "could not be reached: 127.0.0.1 refused the connection or is unreachable",
        outcome.detail());
  }

  @Test
  void aRedirectLoopIsAProblem() {
    Outcome outcome = check(link("/loop"));
    assertEquals(Verdict.PROBLEM, outcome.verdict());
    assertTrue(
        outcome.detail().startsWith("redirects more than " + LinkCheck.MAX_REDIRECTS),
        outcome.detail());
    assertEquals(LinkCheck.MAX_REDIRECTS + 1, site.requests().size());
  }

  @Test
  void aLinkOutsideItsExpectedHostIsNeverAsked() {
    Outcome outcome = check(new Link(site.url("/ok"), "example.org", "elsewhere"));
    assertEquals(Verdict.PROBLEM, outcome.verdict());
    assertTrue(
        outcome.detail().contains("not an http(s) link inside example.org"), outcome.detail());
    assertEquals(List.of(), site.requests());
  }

  @Test
  void linksAreAskedAFewAtATimeAndAnsweredInTheOrderGiven() {
    List<Link> links = IntStream.range(0, 8).mapToObj(i -> link("/busy?n=" + i)).toList();
    Settings two =
        new Settings(Duration.ofSeconds(10), 2, Settings.USER_AGENT, UnaryOperator.identity());
    List<Outcome> outcomes = LinkCheck.check(links, two);
    assertEquals(links, outcomes.stream().map(Outcome::link).toList());
    assertTrue(outcomes.stream().allMatch(o -> o.verdict() == Verdict.OK), outcomes.toString());
    assertEquals(8, site.requests().size());
    assertTrue(site.mostAtOnce() <= 2, "at most 2 at once, saw " + site.mostAtOnce());
  }

  @Test
  void aUrlWrittenTwiceIsAskedOnceAndReportedForEachPlace() {
    List<Outcome> outcomes =
        LinkCheck.check(
            List.of(
                new Link(site.url("/missing"), "127.0.0.1", "first"),
                new Link(site.url("/missing"), "127.0.0.1", "second")),
            Settings.defaults());
    assertEquals(List.of("first", "second"), outcomes.stream().map(o -> o.link().where()).toList());
    assertFalse(outcomes.stream().anyMatch(o -> o.verdict() != Verdict.PROBLEM));
    assertEquals(List.of("HEAD /missing"), site.requests());
  }

  @Test
  void byDefaultARequestGoesWhereTheLinkPoints() {
    assertEquals(
        URI.create("https://a.example/x"),
        Settings.defaults().address().apply(URI.create("https://a.example/x")));
  }
}
