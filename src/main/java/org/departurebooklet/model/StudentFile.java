package org.departurebooklet.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.departurebooklet.BookletException;

/**
 * A student file (YAML, the fields of {@link StudentFields}) as written: its fields as text, for
 * {@code Booklets.check}, and where each field is, for messages. Every value is the text written
 * ({@code student_id: 0042} is "0042", {@code destination: NO} is "NO"; see {@link FieldYaml}).
 * Immutable and thread-safe.
 */
public final class StudentFile {

  /** Larger files are not student files. */
  public static final long MAX_BYTES = 64 * 1024;

  private static final String SHAPE = "a student file is YAML, one 'field: value' per line";

  private final String label;
  private final Map<String, String> fields;
  private final Map<String, Integer> lines;

  private StudentFile(String label, Map<String, String> fields, Map<String, Integer> lines) {
    this.label = label;
    this.fields = Collections.unmodifiableMap(fields);
    this.lines = Collections.unmodifiableMap(lines);
  }

  /** How messages name the file. */
  public String label() {
    return label;
  }

  /** The fields as written ({@code ""} for a field given without a value). */
  public Map<String, String> fields() {
    return fields;
  }

  /** Reads a student file: a regular file of at most {@link #MAX_BYTES}, UTF-8. */
  public static StudentFile read(Path file) {
    return parse(FieldYaml.read(file, MAX_BYTES, "a student file"), file.toString());
  }

  /**
   * Parses YAML bytes; {@code label} names the source in messages. Unknown fields and fields that
   * are lists or maps are refused here; the values are checked by {@code Booklets.check}.
   */
  public static StudentFile parse(byte[] yaml, String label) {
    List<FieldYaml.Field> parsed =
        FieldYaml.parse(yaml, label, SHAPE)
            .orElseThrow(
                () ->
                    BookletException.badInput(
                        label
                            + ": is not a list of 'field: value' lines (fields: "
                            + String.join(", ", StudentFields.ALL)
                            + ")"));
    Map<String, String> fields = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (FieldYaml.Field field : parsed) {
      String key = field.name();
      if (!StudentFields.ALL.contains(key)) {
        throw BookletException.badInput(
            label
                + " line "
                + field.line()
                + ": field \""
                + CleanText.clean(key)
                + "\" is not known (fields: "
                + String.join(", ", StudentFields.ALL)
                + ")");
      }
      String text =
          field
              .text()
              .orElseThrow(
                  () ->
                      BookletException.badInput(
                          label
                              + " line "
                              + field.line()
                              + ": field "
                              + key
                              + " must be a single value, not a list or a map"));
      fields.put(key, text);
      lines.put(key, field.line());
    }
    return new StudentFile(label, fields, lines);
  }

  /**
   * Each problem on its own line, after the file and the field's line: {@code me.yaml line 3: ...}.
   */
  public String describe(List<FieldProblem> problems) {
    return problems.stream()
        .map(p -> label + at(p.field()) + ": " + p.describe())
        .collect(Collectors.joining(System.lineSeparator()));
  }

  private String at(String field) {
    Integer line = lines.get(field);
    return line == null ? "" : " line " + line;
  }
}
