package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program outside Java that reads our PDFs the way other software does: poppler's pdftotext (the
 * text of most Linux PDF viewers) and tesseract (an OCR of the printed page). A test that needs one
 * reports itself skipped when it is not installed, except under {@code CI=true}, where it must run
 * ({@code .ci/run} installs them).
 */
final class OutsideReader {

  private OutsideReader() {}

  /**
   * Skips the calling test (fails it under CI=true) unless {@code check} runs, succeeds and prints
   * a line that is {@code line} ({@code tesseract --list-langs} lists "nep" once its data is
   * there).
   */
  static void require(String why, String line, String... check) {
    String problem;
    try {
      Process process = new ProcessBuilder(check).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean ran = process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
      problem =
          ran && (line == null || output.lines().anyMatch(line::equals))
              ? null
              : output.isBlank() ? "failed" : output.strip();
    } catch (IOException e) {
      problem = e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted";
    }
    if (problem != null) {
      String reason = why + " (" + String.join(" ", check) + ": " + problem + ")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but the test cannot run: " + reason);
      }
      Assumptions.abort(reason);
    }
  }

  /** The text poppler extracts from each page of {@code pdf}. */
  static List<String> pdftotext(byte[] pdf) {
    Path file = null;
    try {
      file = Files.createTempFile("booklet", ".pdf");
      Files.write(file, pdf);
      String text = run(List.of("pdftotext", "-enc", "UTF-8", file.toString(), "-"));
      List<String> pages = new ArrayList<>(List.of(text.split("\f", -1)));
      pages.remove(pages.size() - 1); // after the last page's form feed
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(file);
    }
  }

  /** What tesseract reads on a page image (PNG), in the given language (nep: Nepali). */
  static String tesseract(byte[] png, String language) {
    Path file = null;
    try {
      file = Files.createTempFile("booklet-page", ".png");
      Files.write(file, png);
      return run(List.of("tesseract", file.toString(), "-", "-l", language));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(file);
    }
  }

  private static String run(List<String> command) throws IOException {
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return out;
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
