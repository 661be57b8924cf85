package org.departurebooklet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.Handouts;
import org.departurebooklet.io.AtomicFile;
import org.departurebooklet.model.Session;
import org.departurebooklet.model.SessionFile;
import org.departurebooklet.print.PrintLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code booklet handout}: an advisor's handout for an information session, with no student's
 * dates.
 */
@Command(
    name = "handout",
    mixinStandardHelpOptions = true,
    description = {
      "Make a handout for an information session: the booklet without a student, each deadline's rule"
          + " in words with a blank for the student's own date, and the session on the cover.",
      "--short makes 2-4 pages for the room: the checklist, the one visit to city hall, the school's page."
    })
final class HandoutCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "Where to write the handout (written whole or not at all).")
  Path output;

  @Option(
      names = "--session",
      paramLabel = "FILE",
      description =
          "The session (YAML: title, date, time, room, advisor, contact, bring, url), printed on the cover.")
  Path session;

  @Option(
      names = "--short",
      description =
          "The short version for a room: the checklist with rules and blanks, the"
              + " one visit to city hall, and a QR code to the school's page for the full booklet (school.yaml website).")
  boolean shortVersion;

  @Option(
      names = "--html",
      description = "Write the XHTML that would be rendered, instead of the PDF.")
  boolean html;

  @Mixin BookletOptions bookletOptions;

  @Mixin AssetOptions assets;

  @Mixin PrintOptions print;

  @Override
  public Integer call() throws IOException {
    OutputPaths.file("-o", output);
    Optional<PrintLayout> layout = print.layout();
    if (layout.isPresent() && html) {
      throw BookletException.usage("--imposition and --bleed lay out the PDF: leave out --html");
    }
    Optional<Session> sessionFile = Optional.ofNullable(session).map(SessionFile::read);
    Handouts handouts = assets.open().handouts();
    Handouts.Request request =
        new Handouts.Request(bookletOptions.toOptions(), sessionFile, shortVersion);
    String lang = request.options().language().orElse(Booklets.DEFAULT_LANGUAGE);
    String paper = request.options().paper().code();
    PrintWriter out = spec.commandLine().getOut();
    if (html) {
      AtomicFile.write(output, handouts.xhtml(request).getBytes(StandardCharsets.UTF_8));
      out.println("wrote " + output);
    } else if (layout.isPresent()) {
      PrintOptions.write(
          layout.get(), handouts.pdf(request).pdf(), output, lang, paper, spec.commandLine());
    } else {
      Booklets.Rendered rendered = handouts.pdf(request);
      AtomicFile.write(output, rendered.pdf());
      out.println(
          "wrote "
              + output
              + " ("
              + (shortVersion ? "short handout, " : "handout, ")
              + rendered.pages()
              + " pages, "
              + lang
              + ", "
              + paper
              + ")");
    }
    return ExitCodes.OK;
  }
}
