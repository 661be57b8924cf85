package org.departurebooklet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.content.ContentCheck;
import org.departurebooklet.render.FontLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code booklet validate}: checks a content folder before anyone prints from it and lists every
 * problem, one line each with its file and key.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check a content folder (the packaged one, or --content DIR): schema, links, "
        + "fonts for every character, and the same keys in every language as in English.",
        "Prints every problem, one line each with its file and key, and exits with 3 if there is any."})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--content", paramLabel = "DIR",
      description = "Check this content folder instead of the packaged one.")
  Path content;

  @Override
  public Integer call() {
    AssetDirs dirs = AssetDirs.withOverrides(Optional.ofNullable(content), Optional.empty(), Optional.empty());
    ContentCheck.Report report = ContentCheck.run(dirs.content(), FontLibrary.load(dirs.fonts()));
    return print(report, content == null ? "packaged content" : content.toString(), spec.commandLine().getOut());
  }

  /**
   * Prints a check's outcome as {@code validate} does: every problem, then their count, or the
   * "ok" line; returns the exit code. {@code where} names the folder checked.
   */
  static int print(ContentCheck.Report report, String where, PrintWriter out) {
    report.problems().forEach(problem -> out.println(problem.describe()));
    report.warnings().forEach(warning -> out.println("warning: " + warning));
    if (!report.ok()) {
      out.println(report.problems().size() + " problem(s) in " + where);
      return ExitCodes.BAD_INPUT;
    }
    out.println("ok: " + where + " (" + String.join(", ", new TreeSet<>(report.languages()))
        + "): schema, links, fonts and keys checked, no problems");
    return ExitCodes.OK;
  }
}
