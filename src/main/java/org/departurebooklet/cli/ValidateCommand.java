package org.departurebooklet.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.departurebooklet.BookletException;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.content.ContentCheck;
import org.departurebooklet.content.LinkCheck;
import org.departurebooklet.content.LinkCheck.Outcome;
import org.departurebooklet.content.LinkCheck.Verdict;
import org.departurebooklet.content.OfficialLinks;
import org.departurebooklet.render.FontLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code booklet validate}: checks a content folder before anyone prints from it and lists every
 * problem, one line each with its file and key. With {@code --links} it also asks every official
 * link whether it still answers: the only command that goes on the network.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a content folder (the packaged one, or --content DIR): schema, links, "
          + "fonts for every character, and the same keys in every language as in English.",
      "Prints every problem, one line each with its file and key, and exits with 3 if there is any.",
      "With --links, also asks every official link of common.yaml whether it still answers (this goes on "
          + "the network; nothing else does)."
    })
final class ValidateCommand implements Callable<Integer> {

  /** The longest --links-timeout accepted, in seconds. */
  static final double MAX_TIMEOUT_SECONDS = 600;

  @Spec CommandSpec spec;

  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "Check this content folder instead of the packaged one.")
  Path content;

  @Option(
      names = "--links",
      description =
          "Also check that every official link (procedure sources, job services) still answers, "
              + "4 at a time, following redirects only within its host. 401, 403 and 429 are warnings; "
              + "404, 410, 5xx, a redirect to another host, a timeout or no connection are problems.")
  boolean links;

  @Option(
      names = "--links-timeout",
      paramLabel = "SECONDS",
      description =
          "With --links: how long each request may take to connect, and again to answer "
              + "(default: 10).")
  Double linksTimeout;

  /**
   * Where link requests are sent: where they point, except in tests (see {@link
   * LinkCheck.Settings}).
   */
  private final UnaryOperator<URI> address;

  ValidateCommand() {
    this(UnaryOperator.identity());
  }

  /** A command whose link requests go to {@code address}: tests send them to a local server. */
  ValidateCommand(UnaryOperator<URI> address) {
    this.address = address;
  }

  @Override
  public Integer call() {
    LinkCheck.Settings settings = linkSettings();
    AssetDirs dirs =
        AssetDirs.withOverrides(Optional.ofNullable(content), Optional.empty(), Optional.empty());
    ContentCheck.Report report = ContentCheck.run(dirs.content(), FontLibrary.load(dirs.fonts()));
    String where = content == null ? "packaged content" : content.toString();
    PrintWriter out = spec.commandLine().getOut();
    int code = print(report, where, out);
    if (!links) {
      return code;
    }
    OfficialLinks.Found found = OfficialLinks.in(dirs.content());
    if (!found.checkable().isEmpty()) {
      out.println(
          "asking "
              + found.checkable().size()
              + " links, "
              + settings.concurrency()
              + " at a time (up to "
              + LinkCheck.seconds(settings.timeout())
              + " a request)...");
      out.flush();
    }
    int linkCode = print(LinkCheck.check(found.checkable(), settings), found.refused(), out);
    return code == ExitCodes.OK ? linkCode : code;
  }

  private LinkCheck.Settings linkSettings() {
    if (linksTimeout != null && !links) {
      throw BookletException.usage(
          "--links-timeout goes with --links (add --links to check the links)");
    }
    double seconds =
        linksTimeout == null ? LinkCheck.Settings.DEFAULT_TIMEOUT.toSeconds() : linksTimeout;
    if (!(seconds >= 0.1 && seconds <= MAX_TIMEOUT_SECONDS)) {
      throw BookletException.usage(
          "--links-timeout "
              + linksTimeout
              + " is not a number of seconds it can wait "
              + "(use 0.1 to "
              + (int) MAX_TIMEOUT_SECONDS
              + ", such as 10)");
    }
    return new LinkCheck.Settings(
        Duration.ofMillis(Math.round(seconds * 1000)),
        LinkCheck.Settings.DEFAULT_CONCURRENCY,
        LinkCheck.Settings.USER_AGENT,
        address);
  }

  /**
   * Prints a check's outcome as {@code validate} does: every problem, then their count, or the "ok"
   * line; returns the exit code. {@code where} names the folder checked.
   */
  static int print(ContentCheck.Report report, String where, PrintWriter out) {
    report.problems().forEach(problem -> out.println(problem.describe()));
    report.warnings().forEach(warning -> out.println("warning: " + warning));
    if (!report.ok()) {
      out.println(report.problems().size() + " problem(s) in " + where);
      return ExitCodes.BAD_INPUT;
    }
    out.println(
        "ok: "
            + where
            + " ("
            + String.join(", ", new TreeSet<>(report.languages()))
            + "): schema, links, fonts and keys checked, no problems");
    return ExitCodes.OK;
  }

  /**
   * Prints what the links answered: each warning and problem, then one summary line such as {@code
   * links: 20 of 22 answered OK (HTTP 2xx); 1 problem, 1 warning (listed above)}; returns the exit
   * code (warnings do not fail). {@code refused}: links not asked, as their problems are listed
   * with the content's.
   */
  static int print(List<Outcome> outcomes, int refused, PrintWriter out) {
    outcomes.stream()
        .filter(o -> o.verdict() != Verdict.OK)
        .forEach(o -> out.println(o.describe()));
    long problems = outcomes.stream().filter(o -> o.verdict() == Verdict.PROBLEM).count();
    long warnings = outcomes.stream().filter(o -> o.verdict() == Verdict.WARNING).count();
    int total = outcomes.size() + refused;
    if (total == 0) {
      out.println("links: none to ask (common.yaml has none, or it could not be read: see above)");
      return ExitCodes.OK;
    }
    StringBuilder summary =
        new StringBuilder(
            "links: "
                + (total - problems - warnings - refused)
                + " of "
                + total
                + " answered OK (HTTP 2xx)");
    if (problems + warnings > 0) {
      summary
          .append("; ")
          .append(count(problems, "problem"))
          .append(", ")
          .append(count(warnings, "warning"))
          .append(" (listed above)");
    }
    if (refused > 0) {
      summary.append("; ").append(refused).append(" not asked (their problems are listed above)");
    }
    if (outcomes.size() > 1 && outcomes.stream().allMatch(o -> o.status() == 0)) {
      summary.append("; no site answered at all: is this computer on the internet?");
    }
    out.println(summary);
    return problems > 0 || refused > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
