package org.departurebooklet.model;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.departurebooklet.BookletException;
import org.departurebooklet.io.BoundedFiles;
import org.departurebooklet.io.IoProblems;
import org.departurebooklet.io.StrictUtf8;
import org.departurebooklet.io.YamlErrors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A small YAML file of {@code field: value} lines (a student file, a school profile), read as the
 * text that was written. YAML 1.1, which SnakeYAML and Jackson implement, re-types plain values:
 * {@code 0042} is the octal number 34, {@code 1e3} is 1000.0, {@code No} is false, so a student ID
 * or the country code of Norway would change on the way in. Here the file is only composed into
 * nodes (never constructed into Java values) and each value is its scalar's own text: plain and
 * quoted give the same, and dates stay text. Stateless and thread-safe.
 */
final class FieldYaml {

  /**
   * One top-level field: its name, the line it is on, and its text ({@code ""} when no value is
   * given; empty when the value is a list or a map).
   */
  record Field(String name, int line, Optional<String> text) {}

  private static final Pattern HUGE_ESCAPE = Pattern.compile("\\\\U[89A-Fa-f][0-9A-Fa-f]{7}");

  private FieldYaml() {}

  /**
   * Reads a file whole, refusing anything but a regular file of at most {@code limit} bytes.
   *
   * @param what the kind of file, for messages: {@code "a student file"}
   */
  static byte[] read(Path file, long limit, String what) {
    String label = file.toString();
    try {
      return BoundedFiles.readRegular(file, limit);
    } catch (NoSuchFileException e) {
      throw BookletException.usage(label + ": no such file");
    } catch (BoundedFiles.NotRegularFileException e) {
      throw BookletException.usage(
          label + ": " + IoProblems.reason(e) + "; give " + what + " (YAML)");
    } catch (BoundedFiles.TooLargeException e) {
      throw BookletException.badInput(
          label
              + ": is larger than "
              + BoundedFiles.size(limit)
              + "; "
              + what
              + " holds a few lines of YAML");
    } catch (IOException e) {
      throw BookletException.badInput(label + ": cannot be read (" + IoProblems.reason(e) + ")");
    }
  }

  /**
   * The top-level fields, in file order; empty if the file is not a mapping (an empty file, a
   * single value, a list).
   *
   * @param label names the source in messages
   * @param shape what the file should look like, said after a syntax error
   */
  static Optional<List<Field>> parse(byte[] bytes, String label, String shape) {
    Node root = compose(bytes, label, shape);
    if (!(root instanceof MappingNode mapping)) {
      return Optional.empty();
    }
    List<Field> fields = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      int line = tuple.getKeyNode().getStartMark().getLine() + 1;
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw BookletException.badInput(
            label
                + " line "
                + line
                + ": a field name must be a word, not a list or a map; "
                + shape);
      }
      Integer first = seen.putIfAbsent(key.getValue(), line);
      if (first != null) {
        throw BookletException.badInput(
            label
                + " line "
                + line
                + ": field "
                + CleanText.clean(key.getValue())
                + " is given twice (also on line "
                + first
                + "; the second would silently win): keep one");
      }
      Node value = tuple.getValueNode();
      fields.add(
          new Field(
              key.getValue(),
              line,
              value instanceof ScalarNode scalar
                  ? Optional.of(scalar.getValue())
                  : Optional.empty()));
    }
    return Optional.of(fields);
  }

  /**
   * Every value of a file whose fields may hold groups and lists (a school profile's {@code city:},
   * a session's {@code bring:}), flattened: {@code city.pages.moving-out}, {@code bring[0]}; each
   * with its line and its text as written. Empty if the file is not a mapping.
   */
  static Optional<List<Field>> parseTree(byte[] bytes, String label, String shape) {
    Node root = compose(bytes, label, shape);
    if (!(root instanceof MappingNode)) {
      return Optional.empty();
    }
    List<Field> fields = new ArrayList<>();
    flatten(root, "", label, shape, fields, 0);
    return Optional.of(fields);
  }

  /**
   * The file's node tree, as YAML reads it; a syntax error is refused with its line and the shape.
   */
  private static Node compose(byte[] bytes, String label, String shape) {
    String text = editorLines(decode(bytes, label));
    try {
      return new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (YAMLException e) {
      throw BookletException.badInput(label + YamlErrors.where(e, text) + "; " + shape);
    } catch (NumberFormatException e) {
      // SnakeYAML reads the 8 hex digits of a "\U" escape into an int: from \U80000000 up that
      // overflows before its own check (of \U00110000 and up) can report it.
      throw BookletException.badInput(
          label
              + escapeLine(text)
              + ": an escape \\U... names no character"
              + " (the largest is \\U0010FFFF); "
              + shape);
    }
  }

  /** Groups and lists deeper than this are not a profile's. */
  private static final int MAX_DEPTH = 3;

  private static void flatten(
      Node node, String path, String label, String shape, List<Field> out, int depth) {
    int line = node.getStartMark().getLine() + 1;
    if (depth > MAX_DEPTH) {
      throw BookletException.badInput(
          label + " line " + line + ": " + path + " is nested too deep; " + shape);
    }
    if (node instanceof ScalarNode scalar) {
      out.add(new Field(path, line, Optional.of(scalar.getValue())));
    } else if (node instanceof MappingNode mapping) {
      Map<String, Integer> seen = new HashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        int keyLine = tuple.getKeyNode().getStartMark().getLine() + 1;
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
          throw BookletException.badInput(
              label + " line " + keyLine + ": a field name must be a word; " + shape);
        }
        String name = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
        Integer first = seen.putIfAbsent(key.getValue(), keyLine);
        if (first != null) {
          throw BookletException.badInput(
              label
                  + " line "
                  + keyLine
                  + ": field "
                  + CleanText.clean(name)
                  + " is given twice (also on line "
                  + first
                  + "; the second would silently win): keep one");
        }
        flatten(tuple.getValueNode(), name, label, shape, out, depth + 1);
      }
    } else if (node instanceof SequenceNode sequence) {
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        flatten(items.get(i), path + "[" + i + "]", label, shape, out, depth + 1);
      }
    }
  }

  /**
   * The text with NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as spaces: YAML 1.1 breaks lines at
   * them, editors do not, so every line number after one would be off from the line the user sees.
   * In a value they are blank space either way (cleaning makes line breaks spaces).
   */
  private static String editorLines(String text) {
    return text.replace('\u0085', ' ').replace('\u2028', ' ').replace('\u2029', ' ');
  }

  /**
   * {@code " line N"}: the first line with a {@code \\U} escape too large for an int, or "" if none
   * is found.
   */
  private static String escapeLine(String text) {
    Matcher m = HUGE_ESCAPE.matcher(text);
    if (!m.find()) {
      return "";
    }
    return " line " + (1 + text.substring(0, m.start()).chars().filter(c -> c == '\n').count());
  }

  /** UTF-8, with or without a byte-order mark; anything else is refused with what to do. */
  private static String decode(byte[] bytes, String label) {
    if (looksLikeUtf16(bytes)) {
      throw BookletException.badInput(
          label + ": is saved as UTF-16 (\"Unicode\" in some editors); save it as UTF-8");
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder = StrictUtf8.decoder();
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw BookletException.badInput(
          label
              + " line "
              + line
              + ": has bytes that are not UTF-8 (perhaps Shift_JIS);"
              + " save the file as UTF-8");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /**
   * A UTF-16 byte-order mark, or ASCII text in UTF-16: among the first bytes, zero bytes at every
   * other position (which UTF-8 text never has).
   */
  private static boolean looksLikeUtf16(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
            || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      return true;
    }
    int[] zeros = new int[2];
    int n = Math.min(bytes.length, 64);
    for (int i = 0; i < n; i++) {
      zeros[i % 2] += bytes[i] == 0 ? 1 : 0;
    }
    return n >= 4 && (zeros[0] >= n / 4 && zeros[1] == 0 || zeros[1] >= n / 4 && zeros[0] == 0);
  }
}
