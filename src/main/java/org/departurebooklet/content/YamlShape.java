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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * What a content file's YAML looks like before it is bound: the line of every key (by its path,
 * {@code procedures[3].due}), and the YAML features content must not use because they print
 * wrong or hide a mistake — a key given twice (the last would silently win), anchors and aliases
 * ({@code &a}, {@code *a}), tags ({@code !!binary}), keys that are lists or maps, a second
 * document after {@code ---}. Reads SnakeYAML's events; syntax errors are left to the binding,
 * which reports them. One instance per file; not thread-safe.
 */
final class YamlShape {

  private final Map<String, Integer> lines = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

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

  private YamlShape() {}

  /** Reads {@code text}; a syntax error ends the reading quietly (the binding reports it). */
  static YamlShape of(String text) {
    YamlShape shape = new YamlShape();
    try {
      shape.read(new Yaml(new LoaderOptions()).parse(new StringReader(text)));
    } catch (RuntimeException syntax) {
      // a YAMLException: the binding reads the same text and names the line and column
    }
    return shape;
  }

  /** The line (from 1) a key is on, or -1. */
  int line(String path) {
    return lines.getOrDefault(path, -1);
  }

  /**
   * How a problem at {@code path} follows the file's name: {@code " line 4: procedures[3].due: "},
   * without the line when the key has none (a value in a list), without the path at the top.
   */
  String at(String path) {
    int line = line(path);
    return (line > 0 ? " line " + line : "") + ": " + (path.isEmpty() ? "" : path + ": ");
  }

  /** The problems found, one each: {@code " line 4: procedures[3]: ..."}, to follow the file's name. */
  List<String> problems() {
    return problems;
  }

  private void read(Iterable<Event> events) {
    Deque<Frame> open = new ArrayDeque<>();
    int documents = 0;
    for (Event event : events) {
      int line = event.getStartMark() == null ? -1 : event.getStartMark().getLine() + 1;
      if (event instanceof DocumentStartEvent) {
        if (++documents == 2) {
          add(line, "", "a second YAML document (after ---) would be ignored: keep one per file");
        }
        continue;
      }
      Frame frame = open.peek();
      boolean isKey = frame != null && frame.mapping && frame.expectingKey;
      if (event instanceof NodeEvent node && node.getAnchor() != null && !(event instanceof AliasEvent)) {
        add(line, frame == null ? "" : isKey ? frame.path : frame.child(),
            "anchors (&" + node.getAnchor() + ") are not read as you might expect: write the value out");
      }
      if (event instanceof ScalarEvent scalar) {
        if (scalar.getTag() != null && scalar.getImplicit().bothFalse()) {
          add(line, frame == null || isKey ? "" : frame.child(), "tags such as " + shortTag(scalar.getTag())
              + " are not supported: write the value as plain text");
        }
        if (isKey) {
          frame.key = scalar.getValue();
          frame.expectingKey = false;
          String path = frame.child();
          if (!frame.keys.add(frame.key)) {
            add(line, path, "given twice in the same place (the second would silently win): keep one");
          } else {
            lines.putIfAbsent(path, line);
          }
        } else if (frame != null) {
          frame.valueDone();
        }
      } else if (event instanceof AliasEvent alias) {
        add(line, frame == null || isKey ? "" : frame.child(), "aliases (*" + alias.getAnchor()
            + ") are not read as you might expect: write the value out");
        if (frame != null) {
          if (isKey) {
            frame.key = "*" + alias.getAnchor();
            frame.expectingKey = false;
          } else {
            frame.valueDone();
          }
        }
      } else if (event instanceof CollectionStartEvent collection) {
        if (collection.getTag() != null && !collection.getImplicit()) {
          add(line, frame == null || isKey ? "" : frame.child(), "tags such as " + shortTag(collection.getTag())
              + " are not supported: write plain YAML");
        }
        if (isKey) {
          add(line, frame.path, "a key must be a plain word, not a list or a group of keys");
          frame.key = "?";
          frame.expectingKey = false;
        }
        open.push(new Frame(frame == null ? "" : isKey ? frame.path + ".?" : frame.child(),
            event instanceof MappingStartEvent, isKey));
      } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
        Frame closed = open.pop();
        if (open.peek() != null && !closed.asKey) {
          open.peek().valueDone();
        }
      }
    }
  }

  /** {@code !!str} as written, not {@code tag:yaml.org,2002:str}. */
  private static String shortTag(String tag) {
    return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
  }

  private void add(int line, String path, String problem) {
    problems.add((line > 0 ? " line " + line + ": " : ": ") + (path.isEmpty() ? "" : path + ": ") + problem);
  }
}
