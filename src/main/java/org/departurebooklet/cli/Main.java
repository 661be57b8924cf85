package org.departurebooklet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.departurebooklet.BookletException;
import org.departurebooklet.io.IoProblems;
import org.departurebooklet.io.Printable;
import org.departurebooklet.model.StudentFields;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code booklet}: the command line. {@link #run} does the work and returns the exit code, so tests
 * call it directly; {@link #main} is the only place that exits the process.
 */
@Command(
    name = "booklet",
    mixinStandardHelpOptions = true,
    version = Main.VERSION,
    description = "Personalized PDF booklets for international students leaving Japan.",
    subcommands = {
      GenerateCommand.class,
      HandoutCommand.class,
      ValidateCommand.class,
      BatchCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      BenchWebCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error (a bug: please report it)",
      "2:usage error (unknown option, missing argument, no such file, an output path that cannot be written)",
      "3:bad input (student file, content or roster values that cannot be accepted)",
      "4:batch finished, but some rows failed (see manifest.csv)",
      "5:a template, font or content file is missing",
      "6:a file could not be written while working (disk full, an I/O error)"
    })
public final class Main implements Runnable {

  /** What {@code --version} prints, on the command and on each subcommand. */
  static final String VERSION = "Departure Booklet 0.1";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.registerConverter(LocalDate.class, Main::date);
    cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(VERSION));
    cli.setParameterExceptionHandler(
        (e, ignoredArgs) -> {
          // The message and where to look, not the whole help screen.
          CommandLine command = e.getCommandLine();
          err.println("error: " + Printable.lines(e.getMessage()));
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          err.println("see: " + command.getCommandSpec().qualifiedName() + " --help");
          return ExitCodes.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof BookletException be) {
            err.println("error: " + Printable.lines(be.getMessage()));
            return ExitCodes.of(be);
          }
          IOException io = IoProblems.find(e);
          if (io instanceof FileSystemException || io != null && IoProblems.isDiskFull(io)) {
            err.println(
                "error: "
                    + IoProblems.describe(io)); // a file named, or at least "the disk is full"
            return ExitCodes.FILE_ACCESS;
          }
          err.println("internal error: " + e);
          e.printStackTrace(err);
          return ExitCodes.INTERNAL;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static final DateTimeFormatter ISO_STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /**
   * A date on the command line: YYYY-MM-DD, a real day, in the years a student's dates may be in.
   */
  private static LocalDate date(String text) {
    LocalDate date;
    try {
      date = text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text, ISO_STRICT) : null;
    } catch (DateTimeParseException e) {
      date = null;
    }
    if (date == null) {
      throw new CommandLine.TypeConversionException(
          "\"" + text + "\" is not a date (write YYYY-MM-DD, a real day," + " such as 2027-03-20)");
    }
    if (date.getYear() < StudentFields.FIRST_YEAR || date.getYear() > StudentFields.LAST_YEAR) {
      throw new CommandLine.TypeConversionException(
          "\""
              + text
              + "\" is out of range (use a date between "
              + StudentFields.FIRST_YEAR
              + " and "
              + StudentFields.LAST_YEAR
              + ")");
    }
    return date;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "name a command: generate, handout, validate, batch, serve or bench (see --help)");
  }
}
