package org.departurebooklet.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.departurebooklet.content.ContentProblem.Kind;

/**
 * Collects every schema mistake of one YAML file while Jackson binds it, instead of stopping at the
 * first: an unknown key, text where a number belongs, a list where one value belongs. Each bad
 * value is skipped (left empty), so binding goes on and the rest of the file is still checked. One
 * instance per file read; not thread-safe.
 */
final class SchemaProblems extends DeserializationProblemHandler {

  /** Problems by path ({@code procedures[3].due}), each with its line. */
  private final Map<String, ContentProblem> found = new LinkedHashMap<>();

  private final YamlShape shape;

  /**
   * @param shape the file's key lines (binding reads a tree, which has none)
   */
  SchemaProblems(YamlShape shape) {
    this.shape = shape;
  }

  /** The problems found, in the order found, each at its key's line when the key has one. */
  List<ContentProblem> problems() {
    return new ArrayList<>(found.values());
  }

  /** Paths already reported, so the missing-field check does not report them again. */
  Set<String> paths() {
    return found.keySet();
  }

  /**
   * Unknown keys are reported from the tree, with their paths (see {@link SchemaCheck}); here
   * skipped.
   */
  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt,
      JsonParser p,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    p.skipChildren();
    return true;
  }

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
    add(ctxt.getParser(), Kind.VALUE, quote(valueToConvert) + " is not " + expected(targetType));
    return emptyValue(targetType);
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg) {
    add(ctxt.getParser(), Kind.VALUE, valueToConvert + " is not " + expected(targetType));
    return emptyValue(targetType);
  }

  @Override
  public Object handleUnexpectedToken(
      DeserializationContext ctxt,
      JavaType targetType,
      JsonToken t,
      JsonParser p,
      String failureMsg)
      throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return NOT_HANDLED;
    }
    add(p, Kind.SHAPE, "expected " + expected(targetType.getRawClass()) + ", found " + found(t, p));
    p.skipChildren();
    return emptyValue(targetType.getRawClass());
  }

  @Override
  public Object handleMissingInstantiator(
      DeserializationContext ctxt,
      Class<?> instClass,
      ValueInstantiator valueInsta,
      JsonParser p,
      String msg)
      throws IOException {
    add(p, Kind.SHAPE, "expected " + expected(instClass) + ", found " + found(p.currentToken(), p));
    p.skipChildren();
    return null;
  }

  @Override
  public Object handleInstantiationProblem(
      DeserializationContext ctxt, Class<?> instClass, Object argument, Throwable t) {
    add(ctxt.getParser(), Kind.VALUE, "cannot be read (" + t.getMessage() + ")");
    return null;
  }

  /** A problem with the value the parser is on; the first one at a path is kept. */
  private void add(JsonParser p, Kind kind, String message) {
    String path = valuePath(p);
    String key = path.isEmpty() ? "(top)" : path;
    found.putIfAbsent(key, shape.problem(key, kind, message));
  }

  /** The path of the value the parser is on, e.g. {@code procedures[3].due}. */
  private static String valuePath(JsonParser p) {
    if (p == null) {
      return "";
    }
    JsonToken t = p.currentToken();
    // On a START token the context is already the new container: its key is the parent's name.
    JsonStreamContext c = p.getParsingContext();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c != null) {
      c = c.getParent();
    }
    return path(c);
  }

  private static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray() && c.hasCurrentIndex()) {
        parts.push("[" + c.getCurrentIndex() + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  private static Object emptyValue(Class<?> type) {
    return type.isPrimitive() ? ClassUtil.defaultValue(type) : null;
  }

  /** What a value of the type looks like, in the words of someone editing YAML. */
  private static String expected(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Double.class
        || type == double.class
        || type == Float.class
        || type == float.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "one text value";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list (lines starting with \"- \")";
    }
    return "a group of key: value lines";
  }

  private static String found(JsonToken t, JsonParser p) throws IOException {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "a list";
      case START_OBJECT, FIELD_NAME -> "a group of key: value lines";
      case VALUE_STRING -> "the text " + quote(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
      case VALUE_TRUE, VALUE_FALSE -> p.getText();
      default -> "\"" + t.asString() + "\"";
    };
  }

  private static String quote(String text) {
    String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
    return "\"" + shown + "\"";
  }
}
