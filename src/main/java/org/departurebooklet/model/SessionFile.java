package org.departurebooklet.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.departurebooklet.BookletException;
import org.departurebooklet.io.Links;

/**
 * Reads an information session's file:
 *
 * <pre>
 * title: Leaving Japan after graduation
 * date: 2027-01-20
 * time: 14:00-15:30
 * room: Building 3, Hall B
 * advisor: Aiko Tanaka, International Office
 * contact: intl@sakura.example.ac.jp
 * bring: [Residence card, Your lease, Your pension book]
 * url: https://www.sakura.example.ac.jp/consultation
 * </pre>
 *
 * {@code title} and {@code date} are required. Every value is the text written; every problem is
 * reported at once with its line. Stateless.
 */
public final class SessionFile {

  public static final long MAX_BYTES = 16 * 1024;
  private static final int MAX_LENGTH = 100;
  private static final int MAX_BRING = 8;
  private static final List<String> FIELDS =
      List.of("title", "date", "time", "room", "advisor", "contact", "bring", "url");
  private static final Pattern TIME =
      Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d(\\s*[-–~〜]\\s*([01]?\\d|2[0-3]):[0-5]\\d)?");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final String SHAPE =
      "a session file is YAML: title, date (YYYY-MM-DD) and, if you like, "
          + "time, room, advisor, contact, bring (a list), url";

  private SessionFile() {}

  public static Session read(Path file) {
    return parse(FieldYaml.read(file, MAX_BYTES, "a session file"), file.toString());
  }

  public static Session parse(byte[] yaml, String label) {
    List<FieldYaml.Field> fields =
        FieldYaml.parseTree(yaml, label, SHAPE)
            .orElseThrow(() -> BookletException.badInput(label + ": " + SHAPE));
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    List<String> bring = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (FieldYaml.Field field : fields) {
      String where = label + " line " + field.line() + ": ";
      String name = field.name().replaceFirst("\\[\\d+]$", "");
      String value = CleanText.clean(field.text().orElse(""));
      if (!FIELDS.contains(name)) {
        problems.add(
            where
                + "field \""
                + CleanText.clean(name)
                + "\" is not known (fields: "
                + String.join(", ", FIELDS)
                + ")");
      } else if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
        problems.add(where + name + " is too long (at most " + MAX_LENGTH + " characters)");
      } else if (name.equals("bring") && !value.isEmpty()) {
        bring.add(value);
      } else if (!value.isEmpty()) {
        values.put(name, value);
        lines.put(name, field.line());
      }
    }
    if (bring.size() > MAX_BRING) {
      problems.add(
          label
              + ": bring lists "
              + bring.size()
              + " things; at most "
              + MAX_BRING
              + " fit the box");
    }
    LocalDate date = date(values, lines, label, problems);
    if (!values.containsKey("title")) {
      problems.add(label + ": title is missing (the session's name as it should print)");
    }
    Optional.ofNullable(values.get("time"))
        .filter(t -> !TIME.matcher(t).matches())
        .ifPresent(
            t ->
                problems.add(
                    at(label, lines, "time")
                        + "time \""
                        + t
                        + "\" is not a time (write 14:00 or 14:00-15:30)"));
    Optional.ofNullable(values.get("url"))
        .ifPresent(
            url ->
                Links.problems(url, Links.hostOf(url))
                    .forEach(p -> problems.add(at(label, lines, "url") + "url: " + p)));
    if (!problems.isEmpty()) {
      throw BookletException.badInput(String.join(System.lineSeparator(), problems));
    }
    return new Session(
        values.get("title"),
        date,
        opt(values, "time"),
        opt(values, "room"),
        opt(values, "advisor"),
        opt(values, "contact"),
        bring,
        opt(values, "url"));
  }

  private static LocalDate date(
      Map<String, String> values, Map<String, Integer> lines, String label, List<String> problems) {
    String text = values.get("date");
    if (text == null) {
      problems.add(
          label + ": date is missing (write the session's day as YYYY-MM-DD, e.g. 2027-01-20)");
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text, DATE);
      if (date.getYear() < StudentFields.FIRST_YEAR || date.getYear() > StudentFields.LAST_YEAR) {
        problems.add(
            at(label, lines, "date")
                + "date \""
                + text
                + "\" is out of range (use a date between "
                + StudentFields.FIRST_YEAR
                + " and "
                + StudentFields.LAST_YEAR
                + ")");
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.add(
          at(label, lines, "date")
              + "date \""
              + text
              + "\" is not a date (write YYYY-MM-DD, e.g. 2027-01-20)");
      return null;
    }
  }

  private static Optional<String> opt(Map<String, String> values, String field) {
    return Optional.ofNullable(values.get(field));
  }

  private static String at(String label, Map<String, Integer> lines, String field) {
    Integer line = lines.get(field);
    return label + (line == null ? "" : " line " + line) + ": ";
  }
}
