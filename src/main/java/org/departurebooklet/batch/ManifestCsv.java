package org.departurebooklet.batch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.departurebooklet.io.AtomicFile;

/**
 * Writes {@code manifest.csv}: one row per roster row (line, student_id, file, pages, sha256,
 * status, message), UTF-8 with a byte-order mark so Excel shows names in any script. Every cell
 * that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
 * return, or their full-width forms) is neutralised with a leading apostrophe. Stateless and
 * thread-safe.
 */
public final class ManifestCsv {

  public static final List<String> HEADER =
      List.of("line", "student_id", "file", "pages", "sha256", "status", "message");

  private ManifestCsv() {}

  /** Writes the manifest atomically. */
  public static void write(Path target, List<ManifestRow> rows) throws IOException {
    AtomicFile.write(
        target,
        stream -> {
          Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          writer.write('\uFEFF');
          CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
          csv.printRecord(HEADER);
          for (ManifestRow row : rows) {
            csv.printRecord(
                row.line(),
                cell(row.studentId()),
                cell(row.file()),
                row.hasBooklet() ? String.valueOf(row.pages()) : "",
                row.sha256(),
                row.status().code(),
                cell(row.message()));
          }
          csv.flush();
        });
  }

  /** A cell a spreadsheet shows as text, never runs. */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(first) >= 0 ? "'" + value : value;
  }
}
