package org.departurebooklet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.Student;

/** One shared {@link Booklets} for all tests (loading fonts takes a second), and helpers. */
public final class TestBooklets {

  private static Booklets booklets;

  private TestBooklets() {}

  public static synchronized Booklets get() {
    if (booklets == null) {
      booklets = Booklets.packaged();
    }
    return booklets;
  }

  /** The day tests make booklets on: before every deadline of {@link #sample()}. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  public static Booklets.Options options() {
    return Booklets.Options.defaults(TODAY);
  }

  /** The README's sample student. */
  public static Student sample() {
    return student("Lê Thị Hồng Nhung");
  }

  public static Student student(String name) {
    return new Student(
        name,
        Optional.of("S2027-0042"),
        LocalDate.of(2027, 3, 18),
        LocalDate.of(2027, 4, 9),
        LocalDate.of(2027, 4, 7),
        Plan.WORK_ABROAD,
        "SG",
        Optional.empty(),
        Optional.empty());
  }

  /** The booklet of a student made in a test, checked first as every front end does. */
  public static Booklets.Rendered pdf(
      Booklets booklets, Student student, Booklets.Options options) {
    return booklets.pdf(booklets.check(student, options).orElseThrow("test student"));
  }

  /** The XHTML of a student made in a test, checked first. */
  public static String xhtml(Booklets booklets, Student student, Booklets.Options options) {
    return booklets.xhtml(booklets.check(student, options).orElseThrow("test student"));
  }

  public static String text(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the packed content folder to {@code to}: a school's own copy, for tests to break. */
  public static Path copyShippedContent(Path to) {
    Path shipped = AssetDirs.packaged().content();
    try (Stream<Path> files = Files.walk(shipped)) {
      for (Path from : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(shipped.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(target);
        } else {
          Files.copy(from, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }
}
