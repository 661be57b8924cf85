package org.departurebooklet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.io.AtomicFile;
import org.departurebooklet.model.StudentFile;
import org.departurebooklet.print.PrintLayout;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code booklet generate}: one student's booklet as PDF (or the XHTML behind it). */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Make one student's booklet from a student file (YAML) or the built-in sample.")
final class GenerateCommand implements Callable<Integer> {

  static final String SAMPLE = "samples/student.yaml";

  @Spec CommandSpec spec;

  static final class Source {
    @Option(
        names = "--student",
        paramLabel = "FILE",
        required = true,
        description =
            "The student file (YAML): name, graduation_date, departure_date, plan, destination, ...")
    Path student;

    @Option(names = "--sample", required = true, description = "Use the built-in sample student.")
    boolean sample;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "Where to write the booklet (written whole or not at all).")
  Path output;

  static final class Format {
    @Option(
        names = "--html",
        description = "Write the XHTML that would be rendered, instead of the PDF.")
    boolean html;

    @Option(
        names = "--ics",
        description =
            "Write the deadlines as a calendar file (.ics: one event per step,"
                + " with a reminder), instead of the PDF.")
    boolean ics;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Format format = new Format();

  @Mixin BookletOptions bookletOptions;

  @Mixin AssetOptions assets;

  @Mixin PrintOptions print;

  @Override
  public Integer call() throws IOException {
    OutputPaths.file("-o", output);
    Optional<PrintLayout> layout = print.layout();
    if (layout.isPresent() && (format.html || format.ics)) {
      throw BookletException.usage(
          "--imposition and --bleed lay out the PDF: leave out --html and --ics");
    }
    Booklets booklets = assets.open();
    Booklets.Options options = bookletOptions.toOptions();
    StudentFile file =
        source.sample ? StudentFile.parse(sample(), "sample") : StudentFile.read(source.student);
    Booklets.Check check = booklets.check(file.fields(), options);
    if (!check.ok()) {
      throw BookletException.badInput(file.describe(check.problems()));
    }
    Booklets.CheckedStudent student = check.student().orElseThrow();
    PrintWriter out = spec.commandLine().getOut();
    if (format.html) {
      AtomicFile.write(output, booklets.xhtml(student).getBytes(StandardCharsets.UTF_8));
      out.println("wrote " + output);
    } else if (format.ics) {
      AtomicFile.write(output, booklets.calendar(student));
      out.println(
          "wrote "
              + output
              + " ("
              + booklets.plan(student).steps().size()
              + " deadlines, "
              + student.language()
              + ")");
    } else if (layout.isPresent()) {
      PrintOptions.write(
          layout.get(),
          booklets.pdf(student).pdf(),
          output,
          student.language(),
          options.paper().code(),
          spec.commandLine());
    } else {
      Booklets.Rendered rendered = booklets.write(student, output);
      out.println(
          "wrote "
              + output
              + " ("
              + rendered.pages()
              + " pages, "
              + student.language()
              + ", "
              + options.paper().code()
              + ")");
    }
    return ExitCodes.OK;
  }

  static byte[] sample() throws IOException {
    try (InputStream in = GenerateCommand.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new BookletException(
            BookletException.Kind.MISSING_ASSET, "missing " + SAMPLE + " on the class path");
      }
      return in.readAllBytes();
    }
  }
}
