package org.departurebooklet.content;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.departurebooklet.content.ContentProblem.Kind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * What a content file's YAML looks like before it is bound: the line of every key (by its path,
 * {@code procedures[3].due}), and the YAML features content must not use because they print wrong
 * or hide a mistake — a key given twice (the last would silently win), anchors and aliases ({@code
 * &a}, {@code *a}), tags ({@code !!binary}), keys that are lists or maps, a second document after
 * {@code ---}. Reads SnakeYAML's events; syntax errors are left to the binding, which reports them.
 * One instance per file; not thread-safe.
 */
final class YamlShape {

  /** The file as messages name it. */
  private final String file;

  private final Map<String, Integer> lines = new HashMap<>();
  private final List<ContentProblem> problems = new ArrayList<>();

  /** The mappings and lists open where the parser is, innermost first. */
  private final Deque<Frame> open = new ArrayDeque<>();

  /** One open mapping or sequence and where in it the parser is. */
  private static final class Frame {
    final String path;
    final boolean mapping;

    /** A list or map used as a key: when it closes, its mapping still waits for the value. */
    final boolean asKey;

    final Set<String> keys = new HashSet<>();
    int index;
    boolean expectingKey = true;
    String key;

    Frame(String path, boolean mapping, boolean asKey) {
      this.path = path;
      this.mapping = mapping;
      this.asKey = asKey;
    }

    /** The path of the value about to come. */
    String child() {
      return mapping ? (path.isEmpty() ? key : path + "." + key) : path + "[" + index + "]";
    }

    /** A value (scalar, alias or whole collection) has ended. */
    void valueDone() {
      if (mapping) {
        expectingKey = true;
      } else {
        index++;
      }
    }
  }

  private YamlShape(String file) {
    this.file = file;
  }

  /**
   * Reads {@code text}, the content of {@code file} (named so in problems); a syntax error ends the
   * reading quietly (the binding reports it).
   */
  static YamlShape of(String file, String text) {
    YamlShape shape = new YamlShape(file);
    try {
      shape.read(new Yaml(new LoaderOptions()).parse(new StringReader(text)));
    } catch (YAMLException ignored) {
      // A syntax error: the binding reads the same text and reports it with its line and column.
    }
    return shape;
  }

  /** The line (from 1) a key is on, or 0. */
  int line(String path) {
    return lines.getOrDefault(path, 0);
  }

  /** A problem at the key {@code path} of this file, on the key's line when it has one. */
  ContentProblem problem(String path, Kind kind, String message) {
    return new ContentProblem(file, line(path), 0, path, kind, message);
  }

  /** The YAML features found that content must not use, one problem each, in file order. */
  List<ContentProblem> problems() {
    return problems;
  }

  private void read(Iterable<Event> events) {
    int documents = 0;
    for (Event event : events) {
      int line = event.getStartMark() == null ? 0 : event.getStartMark().getLine() + 1;
      if (event instanceof DocumentStartEvent) {
        if (++documents == 2) {
          add(
              line,
              "",
              Kind.YAML_FEATURE,
              "a second YAML document (after ---) would be ignored: keep one per file");
        }
        continue;
      }
      Frame frame = open.peek();
      boolean isKey = frame != null && frame.mapping && frame.expectingKey;
      if (event instanceof NodeEvent node
          && node.getAnchor() != null
          && !(event instanceof AliasEvent)) {
        add(
            line,
            frame == null ? "" : isKey ? frame.path : frame.child(),
            Kind.YAML_FEATURE,
            "anchors (&"
                + node.getAnchor()
                + ") are not read as you might expect: write the value out");
      }
      if (event instanceof ScalarEvent scalar) {
        scalar(scalar, line, frame, isKey);
      } else if (event instanceof AliasEvent alias) {
        alias(alias, line, frame, isKey);
      } else if (event instanceof CollectionStartEvent collection) {
        collectionStart(collection, line, frame, isKey);
      } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
        Frame closed = open.pop();
        if (open.peek() != null && !closed.asKey) {
          open.peek().valueDone();
        }
      }
    }
  }

  /** A key (its line noted, a second one reported) or a value. */
  private void scalar(ScalarEvent scalar, int line, Frame frame, boolean isKey) {
    if (scalar.getTag() != null && scalar.getImplicit().bothFalse()) {
      add(
          line,
          frame == null || isKey ? "" : frame.child(),
          Kind.YAML_FEATURE,
          "tags such as "
              + shortTag(scalar.getTag())
              + " are not supported: write the value as plain text");
    }
    if (isKey) {
      frame.key = scalar.getValue();
      frame.expectingKey = false;
      String path = frame.child();
      if (!frame.keys.add(frame.key)) {
        add(
            line,
            path,
            Kind.DUPLICATE,
            "given twice in the same place (the second would silently win): keep one");
      } else {
        lines.putIfAbsent(path, line);
      }
    } else if (frame != null) {
      frame.valueDone();
    }
  }

  private void alias(AliasEvent alias, int line, Frame frame, boolean isKey) {
    add(
        line,
        frame == null || isKey ? "" : frame.child(),
        Kind.YAML_FEATURE,
        "aliases (*"
            + alias.getAnchor()
            + ") are not read as you might expect: write the value out");
    if (frame == null) {
      return;
    }
    if (isKey) {
      frame.key = "*" + alias.getAnchor();
      frame.expectingKey = false;
    } else {
      frame.valueDone();
    }
  }

  /** A list or map opens: as a value, or (refused) as a key. */
  private void collectionStart(
      CollectionStartEvent collection, int line, Frame frame, boolean isKey) {
    if (collection.getTag() != null && !collection.getImplicit()) {
      add(
          line,
          frame == null || isKey ? "" : frame.child(),
          Kind.YAML_FEATURE,
          "tags such as " + shortTag(collection.getTag()) + " are not supported: write plain YAML");
    }
    if (isKey) {
      add(
          line,
          frame.path,
          Kind.YAML_FEATURE,
          "a key must be a plain word, not a list or a group of keys");
      frame.key = "?";
      frame.expectingKey = false;
    }
    open.push(
        new Frame(
            frame == null ? "" : isKey ? frame.path + ".?" : frame.child(),
            collection instanceof MappingStartEvent,
            isKey));
  }

  /** {@code !!str} as written, not {@code tag:yaml.org,2002:str}. */
  private static String shortTag(String tag) {
    return tag.startsWith("tag:yaml.org,2002:")
        ? "!!" + tag.substring("tag:yaml.org,2002:".length())
        : tag;
  }

  private void add(int line, String path, Kind kind, String message) {
    problems.add(new ContentProblem(file, Math.max(line, 0), 0, path, kind, message));
  }
}
