package org.departurebooklet.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.departurebooklet.BookletException;
import org.departurebooklet.io.IoProblems;
import org.departurebooklet.io.YamlErrors;

/**
 * A student file (YAML, the fields of {@link StudentFields}) as written: its fields as text, for
 * {@code Booklets.check}, and where each field is, for messages. Immutable and thread-safe.
 */
public final class StudentFile {

  /** Larger files are not student files. */
  public static final long MAX_BYTES = 64 * 1024;

  private static final YAMLMapper YAML = new YAMLMapper();

  private final String label;
  private final byte[] yaml;
  private final Map<String, String> fields;

  private StudentFile(String label, byte[] yaml, Map<String, String> fields) {
    this.label = label;
    this.yaml = yaml;
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** How messages name the file. */
  public String label() {
    return label;
  }

  /** The fields as written ({@code null} for a field given without a value). */
  public Map<String, String> fields() {
    return fields;
  }

  public static StudentFile read(Path file) {
    String label = file.toString();
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw BookletException.badInput(label + ": is larger than " + MAX_BYTES / 1024
            + " KiB; a student file holds a few lines of YAML");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BookletException(BookletException.Kind.USAGE, label + ": no such file");
    } catch (IOException e) {
      throw BookletException.badInput(label + ": cannot be read (" + IoProblems.reason(e) + ")");
    }
    return parse(bytes, label);
  }

  /**
   * Parses YAML bytes; {@code label} names the source in messages. Unknown fields and fields that
   * are lists or maps are refused here; the values are checked by {@code Booklets.check}.
   */
  public static StudentFile parse(byte[] yaml, String label) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JacksonException e) {
      throw BookletException.badInput(label + YamlErrors.where(e)
          + "; a student file is YAML, one 'field: value' per line");
    } catch (IOException e) {
      throw BookletException.badInput(label + ": cannot be read (" + IoProblems.reason(e) + ")");
    }
    if (root == null || !root.isObject()) {
      throw BookletException.badInput(label + ": is not a list of 'field: value' lines (fields: "
          + String.join(", ", StudentFields.ALL) + ")");
    }
    Map<String, String> fields = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      if (!StudentFields.ALL.contains(key)) {
        throw BookletException.badInput(label + at(fieldLines(yaml), key) + ": field \"" + CleanText.clean(key)
            + "\" is not known (fields: " + String.join(", ", StudentFields.ALL) + ")");
      }
      JsonNode value = entry.getValue();
      if (value.isContainerNode()) {
        throw BookletException.badInput(label + at(fieldLines(yaml), key) + ": field " + key
            + " must be a single value, not a list or a map");
      }
      fields.put(key, value.isNull() ? null : value.asText());
    }
    return new StudentFile(label, yaml, fields);
  }

  /** Each problem on its own line, after the file and the field's line: {@code me.yaml line 3: ...}. */
  public String describe(List<FieldProblem> problems) {
    Map<String, Integer> lines = fieldLines(yaml); // only to say where: a good file is read once
    return problems.stream()
        .map(p -> label + at(lines, p.field()) + ": " + p.describe())
        .collect(Collectors.joining(System.lineSeparator()));
  }
  /** The line of each top-level field (the YAML parsed once more, by tokens: a few lines only). */
  private static Map<String, Integer> fieldLines(byte[] yaml) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        } else if (token == JsonToken.FIELD_NAME && depth == 1) {
          lines.put(parser.currentName(), parser.currentTokenLocation().getLineNr()); // the last one counts, as in readTree
        }
      }
    } catch (IOException ignored) {
      // Parsed before without error; without lines the messages still name the field.
    }
    return lines;
  }

  private static String at(Map<String, Integer> lines, String field) {
    Integer line = lines.get(field);
    return line == null || line < 1 ? "" : " line " + line;
  }
}
