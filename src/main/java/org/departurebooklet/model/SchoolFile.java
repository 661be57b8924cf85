package org.departurebooklet.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.departurebooklet.BookletException;
import org.departurebooklet.io.Links;

/**
 * Reads a school profile:
 *
 * <pre>
 * name: Sakura International College
 * office: International Office
 * room: Building 2, room 203
 * hours: Weekdays 9:00-17:00
 * email: intl@sakura.example.ac.jp
 * phone: 03-1234-5678
 * website: https://www.sakura.example.ac.jp/leaving-japan
 * city:
 *   name: Kōtō City Office
 *   address: 4-11-28 Tōyō, Kōtō-ku, Tokyo
 *   pages:
 *     moving-out: https://www.city.koto.lg.jp/...
 * colour: "#0b5d3b"
 * logo: logo.png
 * </pre>
 *
 * Only {@code name} is required. {@code colour} is a {@link BrandColour}; {@code logo} a PNG in the
 * profile's folder, read by {@link LogoFile} (so only a profile read from a file may name one).
 * Every value is the text written (see {@link FieldYaml}); lengths are counted in characters; links
 * must be https without trackers. Every problem of the file is reported at once, each with its
 * line. Stateless.
 */
public final class SchoolFile {

  /** Larger files are not school profiles. */
  public static final long MAX_BYTES = 16 * 1024;

  /** The procedures whose city page a profile may give. */
  public static final Set<String> CITY_PAGES =
      Set.of("moving-out", "my-number", "health-insurance", "resident-tax");

  private static final int MAX_FIELD_LENGTH = 100;
  private static final Set<String> TEXT_FIELDS =
      Set.of("office", "room", "hours", "phone", "email");
  private static final Pattern PHONE = Pattern.compile("[+0-9][0-9 ()\\-.]{4,24}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final String FIELDS =
      "name, office, room, hours, email, phone, contact, website, "
          + "city (name, address, pages: "
          + String.join(", ", CITY_PAGES.stream().sorted().toList())
          + "), "
          + "colour (\"#rrggbb\"), logo (a PNG file beside the profile)";

  /**
   * Fields whose empty value is a mistake, not an absence: {@code colour: #0b5d3b} unquoted is a
   * comment.
   */
  private static final Set<String> NOT_EMPTY = Set.of("colour", "logo");

  private static final String SHAPE =
      "a school file is YAML: 'name: ...' and, if you like, the fields " + FIELDS;

  private SchoolFile() {}

  public static School read(Path file) {
    return parse(
        FieldYaml.read(file, MAX_BYTES, "a school profile"),
        file.toString(),
        Optional.of(file.toAbsolutePath().getParent()));
  }

  /**
   * Parses YAML bytes; {@code label} names the source in messages. A logo cannot be named: there is
   * no folder.
   */
  public static School parse(byte[] yaml, String label) {
    return parse(yaml, label, Optional.empty());
  }

  /**
   * Parses YAML bytes; {@code label} names the source in messages, {@code folder} is where a logo
   * is looked for.
   */
  public static School parse(byte[] yaml, String label, Optional<Path> folder) {
    List<FieldYaml.Field> fields =
        FieldYaml.parseTree(yaml, label, SHAPE)
            .orElseThrow(
                () ->
                    BookletException.badInput(
                        label + ": write 'name: ...' and, if you like, the fields " + FIELDS));
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (FieldYaml.Field field : fields) {
      String where = label + " line " + field.line() + ": ";
      String value = CleanText.clean(field.text().orElse(""));
      if (!known(field.name())) {
        problems.add(
            where
                + "field \""
                + CleanText.clean(field.name())
                + "\" is not known (fields: "
                + FIELDS
                + ")");
      } else if (!value.isEmpty()) {
        values.put(field.name(), value);
        lines.put(field.name(), field.line());
      } else if (NOT_EMPTY.contains(field.name())) {
        problems.add(
            where
                + field.name()
                + " is empty (write it in quotes, such as colour: \"#0b5d3b\" or logo:"
                + " \"logo.png\": a # outside quotes starts a comment; or leave the line out)");
      }
    }
    check(values, lines, label, problems);
    Optional<SchoolLogo> logo = logo(values, lines, label, folder, problems);
    if (!problems.isEmpty()) {
      throw BookletException.badInput(String.join(System.lineSeparator(), problems));
    }
    return school(values, logo);
  }

  private static Optional<SchoolLogo> logo(
      Map<String, String> values,
      Map<String, Integer> lines,
      String label,
      Optional<Path> folder,
      List<String> problems) {
    String value = values.get("logo");
    if (value == null) {
      return Optional.empty();
    }
    String where = at(label, lines, "logo") + "logo \"" + value + "\" ";
    if (folder.isEmpty()) {
      problems.add(
          where
              + "cannot be read: the profile did not come from a file, so there is no folder to find it in");
      return Optional.empty();
    }
    try {
      return Optional.of(LogoFile.read(folder.get(), value));
    } catch (LogoFile.Refused e) {
      problems.add(where + e.getMessage());
      return Optional.empty();
    }
  }

  private static boolean known(String field) {
    return field.equals("name")
        || field.equals("contact")
        || field.equals("website")
        || TEXT_FIELDS.contains(field)
        || NOT_EMPTY.contains(field)
        || field.equals("city.name")
        || field.equals("city.address")
        || field.startsWith("city.pages.")
            && CITY_PAGES.contains(field.substring("city.pages.".length()));
  }

  private static void check(
      Map<String, String> values, Map<String, Integer> lines, String label, List<String> problems) {
    String name = values.getOrDefault("name", "");
    if (name.isEmpty()) {
      problems.add(label + ": name is missing (write the school's name as it should print)");
    } else if (!CleanText.hasLetter(name)) {
      problems.add(
          at(label, lines, "name")
              + "name has no letter that prints (write the school's name as it should print)");
    }
    values.forEach(
        (field, value) -> {
          int max =
              field.equals("name")
                  ? School.MAX_NAME_LENGTH
                  : field.equals("contact") ? School.MAX_CONTACT_LENGTH : MAX_FIELD_LENGTH;
          if (value.codePointCount(0, value.length()) > max
              && !field.equals("website")
              && !field.startsWith("city.pages.")) {
            problems.add(
                at(label, lines, field) + field + " is too long (at most " + max + " characters)");
          }
          if (field.equals("website") || field.startsWith("city.pages.")) {
            Links.problems(value, Links.hostOf(value))
                .forEach(p -> problems.add(at(label, lines, field) + field + ": " + p));
          }
        });
    Optional.ofNullable(values.get("colour"))
        .ifPresent(
            c ->
                BrandColour.problem(c)
                    .ifPresent(
                        p ->
                            problems.add(
                                at(label, lines, "colour") + "colour \"" + c + "\" " + p)));
    Optional.ofNullable(values.get("email"))
        .filter(e -> !EMAIL.matcher(e).matches())
        .ifPresent(
            e ->
                problems.add(
                    at(label, lines, "email")
                        + "email \""
                        + e
                        + "\" is not an e-mail address (write it as name@school.ac.jp)"));
    Optional.ofNullable(values.get("phone"))
        .filter(p -> !PHONE.matcher(p).matches())
        .ifPresent(
            p ->
                problems.add(
                    at(label, lines, "phone")
                        + "phone \""
                        + p
                        + "\" is not a phone number (digits, spaces and - ( ) +,"
                        + " such as 03-1234-5678)"));
    boolean cityGiven = values.keySet().stream().anyMatch(f -> f.startsWith("city."));
    if (cityGiven && !values.containsKey("city.name")) {
      problems.add(
          label
              + ": city.name is missing (the city or ward office your students go to, e.g. Kōtō City Office)");
    }
  }

  private static School school(Map<String, String> v, Optional<SchoolLogo> logo) {
    Optional<School.CityOffice> city =
        Optional.ofNullable(v.get("city.name"))
            .map(
                name -> {
                  Map<String, String> pages = new LinkedHashMap<>();
                  v.forEach(
                      (field, value) -> {
                        if (field.startsWith("city.pages.")) {
                          pages.put(field.substring("city.pages.".length()), value);
                        }
                      });
                  return new School.CityOffice(
                      name, Optional.ofNullable(v.get("city.address")), pages);
                });
    return new School(
        v.get("name"),
        opt(v, "contact"),
        opt(v, "office"),
        opt(v, "email"),
        opt(v, "phone"),
        opt(v, "room"),
        opt(v, "hours"),
        opt(v, "website"),
        city,
        opt(v, "colour").map(BrandColour::of),
        logo);
  }

  private static Optional<String> opt(Map<String, String> values, String field) {
    return Optional.ofNullable(values.get(field));
  }

  private static String at(String label, Map<String, Integer> lines, String field) {
    Integer line = lines.get(field);
    return label + (line == null ? "" : " line " + line) + ": ";
  }
}
