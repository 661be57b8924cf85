package org.departurebooklet.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.departurebooklet.content.ContentProblem.Kind;
import org.departurebooklet.io.YamlErrors;

/**
 * What a content file's failure to read or bind says, in the words of someone editing YAML. Most
 * mistakes never get here: {@link SchemaProblems} and {@link SchemaCheck} collect them and binding
 * goes on. What stops Jackson is a syntax error (said at its line and column), a number it cannot
 * take, or a structure it cannot map. Stateless and thread-safe.
 */
final class BindFailure {

  /**
   * Jackson says a key that is a list or a map ({@code ? [a, b]}) only in its message, naming
   * SnakeYAML's event class; no type or field tells. The one place a message is matched as text.
   */
  private static final String SNAKEYAML_EVENT = "org.yaml.snakeyaml";

  private BindFailure() {}

  /**
   * The problem to report for {@code e}, or empty when {@code shape} already said it (a key that is
   * a list).
   */
  static Optional<ContentProblem> describe(String file, JacksonException e, YamlShape shape) {
    String keys = jsonPath(e);
    Optional<String> plain = plainWords(e);
    if (plain.isPresent()) {
      int line =
          shape.line(keys) > 0
              ? shape.line(keys)
              : e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
      return Optional.of(new ContentProblem(file, line, 0, keys, Kind.VALUE, plain.get()));
    }
    YamlErrors.Failure failure = YamlErrors.of(e);
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (original.contains(SNAKEYAML_EVENT)) {
      return shape.problems().isEmpty()
          ? Optional.of(
              new ContentProblem(
                  file,
                  failure.line(),
                  failure.column(),
                  "",
                  Kind.SYNTAX,
                  "not YAML this program reads (keys must be plain words, values text, numbers or lists)"))
          : Optional.empty();
    }
    return Optional.of(
        new ContentProblem(
            file, failure.line(), failure.column(), keys, Kind.SYNTAX, failure.problem()));
  }

  /**
   * A number Jackson cannot take, in a content editor's words; empty for other failures. Told by
   * the cause: Jackson's own exception for a number out of range, Java's for one it cannot parse
   * ({@code .inf}, a {@code !!float} tag on a word).
   */
  private static Optional<String> plainWords(JacksonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InputCoercionException) {
        return Optional.of(
            "the number is too large (use a whole number up to " + Integer.MAX_VALUE + ")");
      }
      if (t instanceof NumberFormatException) {
        return Optional.of("is not a number this program reads (write it in digits, such as 1.5)");
      }
    }
    return Optional.empty();
  }

  /**
   * The keys to the value binding stopped at, {@code procedures.[3].due}; empty for a syntax error.
   */
  private static String jsonPath(JacksonException e) {
    if (e instanceof JsonMappingException m) {
      return m.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."));
    }
    return "";
  }
}
