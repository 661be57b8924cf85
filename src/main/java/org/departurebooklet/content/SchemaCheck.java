package org.departurebooklet.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.departurebooklet.content.ContentProblem.Kind;
import org.departurebooklet.io.IoProblems;
import org.departurebooklet.io.YamlMappers;

/**
 * Reads one content file's YAML into its record type and reports every schema mistake, not just the
 * first: YAML that would print wrong ({@link YamlShape}), keys the records do not have (with the
 * key probably meant), a fraction where a whole number belongs, values of the wrong type ({@link
 * SchemaProblems}), and required keys that are absent. One instance per file read; not thread-safe.
 */
final class SchemaCheck {

  /** Binds content files; thread-safe. */
  static final ObjectMapper YAML = YamlMappers.records();

  /** Components that may be absent, as {@code Record.component}. */
  private static final Set<String> OPTIONAL =
      Set.of(
          "ProcedureRule.from",
          "ProcedureRule.recommend",
          "ProcedureRule.fromAbroad",
          "ProcedureRule.source",
          "ProcedureRule.sources",
          "ProcedureRule.exampleCity",
          "ProcedureRule.sourceHost",
          "ProcedureRule.sourcesHost",
          "ServiceData.countries",
          "ServiceData.plans",
          "ProcedureText.note",
          "ProcedureText.search",
          "Service.search");

  /** One letter added, dropped or changed (-1 beyond): the typo of a key. */
  private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

  /** Two, for longer keys: a swapped pair of letters ("soruce"). */
  private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

  /** Above this many keys, a message points to the English file instead of listing them. */
  private static final int LISTED_KEYS = 12;

  private final String file;
  private final YamlShape shape;
  private final List<ContentProblem> problems;

  /** Paths already reported, so an absent value there is not reported again as missing. */
  private final Set<String> reported = new HashSet<>();

  private SchemaCheck(String file, YamlShape shape, List<ContentProblem> problems) {
    this.file = file;
    this.shape = shape;
    this.problems = problems;
  }

  /**
   * The value of {@code text} as {@code type}, or empty when it cannot be used; every problem found
   * is added to {@code problems}, named with {@code file}.
   */
  static <T> Optional<T> read(
      String file, String text, JavaType type, List<ContentProblem> problems) {
    YamlShape shape = YamlShape.of(file, text);
    problems.addAll(shape.problems());
    return new SchemaCheck(file, shape, problems).bind(text, type);
  }

  private <T> Optional<T> bind(String text, JavaType type) {
    SchemaProblems schema = new SchemaProblems(shape);
    try {
      JsonNode tree = YAML.readTree(text);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        problems.add(ContentProblem.of(file, Kind.FILE, "is empty (only blank lines or comments)"));
        return Optional.empty();
      }
      unprintable(tree, "");
      unknownKeys(tree, type, "");
      T value = YAML.readerFor(type).withHandler(schema).readValue(tree);
      problems.addAll(schema.problems());
      if (value == null) {
        return Optional.empty(); // the top was not a group of keys: said above
      }
      reported.addAll(schema.paths());
      missing(value, "");
      return Optional.of(value);
    } catch (JacksonException e) {
      problems.addAll(schema.problems());
      BindFailure.describe(file, e, shape).ifPresent(problems::add);
    } catch (IOException e) {
      problems.add(
          ContentProblem.of(file, Kind.FILE, "cannot be read (" + IoProblems.reason(e) + ")"));
    }
    return Optional.empty();
  }

  /**
   * Reports every string value holding a character no booklet can print: a control character other
   * than tab and line breaks (YAML makes one from an escape such as {@code "\x07"} in double
   * quotes), a lone surrogate, U+FFFE or U+FFFF. XML has no such characters, so the booklet's XHTML
   * would not parse and every booklet in the language would fail.
   */
  private void unprintable(JsonNode node, String path) {
    if (node.isObject()) {
      // Keys are not printed (one outside the schema is reported as unknown).
      node.fields()
          .forEachRemaining(
              e ->
                  unprintable(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey()));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        unprintable(node.get(i), path + "[" + i + "]");
      }
    } else if (node.isTextual()) {
      unprintable(path, node.asText());
    }
  }

  private void unprintable(String path, String text) {
    int[] codePoints = text.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      int c = codePoints[i];
      int type = Character.getType(c);
      if ((type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
          || type == Character.SURROGATE
          || c == 0xFFFE
          || c == 0xFFFF) {
        problems.add(
            shape.problem(
                path,
                Kind.UNICODE,
                "has the character U+"
                    + String.format(Locale.ROOT, "%04X", c)
                    + " at position "
                    + (i + 1)
                    + ", which no booklet can print"
                    + " (remove it; of the control characters only tab and line breaks are allowed)"));
        reported.add(path);
        return;
      }
    }
  }

  /**
   * Reports every key the schema does not have, with its line and the key probably meant, and a
   * fraction (or a number too large) where a whole number belongs.
   */
  private void unknownKeys(JsonNode node, JavaType type, String path) {
    Class<?> raw = type.getRawClass();
    TypeFactory types = YAML.getTypeFactory();
    if (raw.isRecord() && node.isObject()) {
      Map<String, RecordComponent> components = new LinkedHashMap<>();
      for (RecordComponent c : raw.getRecordComponents()) {
        components.put(snake(c.getName()), c);
      }
      node.fieldNames()
          .forEachRemaining(
              key -> {
                String child = path.isEmpty() ? key : path + "." + key;
                RecordComponent component = components.get(key);
                if (component == null) {
                  problems.add(
                      shape.problem(
                          child, Kind.UNKNOWN_KEY, "unknown key" + hint(key, components.keySet())));
                  reported.add(child);
                } else if (!wholeNumber((ObjectNode) node, key, component, child)) {
                  unknownKeys(
                      node.get(key), types.constructType(component.getGenericType()), child);
                }
              });
    } else if (Map.class.isAssignableFrom(raw) && node.isObject()) {
      node.fieldNames()
          .forEachRemaining(
              key ->
                  unknownKeys(
                      node.get(key),
                      type.getContentType(),
                      path.isEmpty() ? key : path + "." + key));
    } else if (Collection.class.isAssignableFrom(raw) && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        unknownKeys(node.get(i), type.getContentType(), path + "[" + i + "]");
      }
    }
  }

  /**
   * Reports a number that is not a whole number an {@code int} holds where one belongs; binding
   * would quietly drop a fraction, or stop the whole file at a number too large. The value is then
   * bound as absent, and not reported again as missing. False when there is nothing to report.
   */
  private boolean wholeNumber(ObjectNode node, String key, RecordComponent component, String path) {
    JsonNode value = node.get(key);
    if ((component.getType() != Integer.class && component.getType() != int.class)
        || !value.isNumber()
        || (value.isIntegralNumber() && value.canConvertToInt())) {
      return false;
    }
    problems.add(
        shape.problem(
            path,
            Kind.VALUE,
            value.asText()
                + (value.isIntegralNumber()
                    ? " is too large (use a whole number up to " + Integer.MAX_VALUE + ")"
                    : " is not a whole number")));
    reported.add(path);
    node.putNull(key);
    return true;
  }

  /** The key probably meant, or the keys there are, for an unknown key. */
  private static String hint(String key, Set<String> known) {
    Optional<String> near =
        known.stream()
            .filter(k -> ONE_EDIT.apply(k, key) >= 0)
            .findFirst()
            .or(
                () ->
                    key.length() < 5
                        ? Optional.empty()
                        : known.stream().filter(k -> TWO_EDITS.apply(k, key) >= 0).findFirst());
    if (near.isPresent()) {
      return " (did you mean " + near.get() + "?)";
    }
    return known.size() <= LISTED_KEYS
        ? " (known keys: " + String.join(", ", known.stream().sorted().toList()) + ")"
        : " (the English file of the same name has every key)";
  }

  /** Adds a problem for every required record component (recursively) that is absent or blank. */
  private void missing(Object value, String path) {
    if (value instanceof Record record) {
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        Object child;
        try {
          child = c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        String childPath = path.isEmpty() ? snake(c.getName()) : path + "." + snake(c.getName());
        if (child != null && !(child instanceof String s && s.isBlank())) {
          missing(child, childPath);
        } else if (!OPTIONAL.contains(record.getClass().getSimpleName() + "." + c.getName())
            && !reported.contains(childPath)) {
          problems.add(ContentProblem.at(file, childPath, Kind.MISSING, "missing"));
        }
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> missing(v, path.isEmpty() ? k.toString() : path + "." + k));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        missing(list.get(i), path + "[" + i + "]");
      }
    }
  }

  /** {@code line_height} for the component {@code lineHeight}. */
  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
