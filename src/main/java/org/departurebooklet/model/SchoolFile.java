package org.departurebooklet.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.BookletException;

/**
 * Reads a school profile:
 *
 * <pre>
 * name: Sakura International College
 * contact: International Office, Building 2, room 203 · intl@sakura.example.ac.jp
 * </pre>
 *
 * Every value is the text written (see {@link FieldYaml}); lengths are counted in characters (code
 * points), so a name in rare kanji has the same room as one in Latin letters. Stateless.
 */
public final class SchoolFile {

  /** Larger files are not school profiles. */
  public static final long MAX_BYTES = 16 * 1024;

  private static final List<String> FIELDS = List.of("name", "contact");
  private static final String SHAPE = "a school file is YAML: 'name: ...' and, if you like, 'contact: ...'";

  private SchoolFile() {}

  public static School read(Path file) {
    return parse(FieldYaml.read(file, MAX_BYTES, "a school profile"), file.toString());
  }

  /** Parses YAML bytes; {@code label} names the source in messages. */
  public static School parse(byte[] yaml, String label) {
    List<FieldYaml.Field> fields = FieldYaml.parse(yaml, label, SHAPE).orElseThrow(() ->
        BookletException.badInput(label + ": write 'name: ...' and, if you like, 'contact: ...'"));
    String name = "";
    String contact = "";
    for (FieldYaml.Field field : fields) {
      if (!FIELDS.contains(field.name()) || field.text().isEmpty()) {
        throw BookletException.badInput(label + " line " + field.line() + ": field \"" + CleanText.clean(field.name())
            + "\" is not known or not a single value (fields: name, contact)");
      }
      if (field.name().equals("name")) {
        name = CleanText.clean(field.text().get());
      } else {
        contact = CleanText.clean(field.text().get());
      }
    }
    if (name.isEmpty()) {
      throw BookletException.badInput(label + ": name is missing (write the school's name as it should print)");
    }
    if (!CleanText.hasLetter(name)) {
      throw BookletException.badInput(label + ": name has no letter that prints (write the school's name as it should print)");
    }
    if (name.codePointCount(0, name.length()) > School.MAX_NAME_LENGTH) {
      throw BookletException.badInput(label + ": name is too long (at most " + School.MAX_NAME_LENGTH + " characters)");
    }
    if (contact.codePointCount(0, contact.length()) > School.MAX_CONTACT_LENGTH) {
      throw BookletException.badInput(label + ": contact is too long (at most " + School.MAX_CONTACT_LENGTH + " characters)");
    }
    return new School(name, contact.isEmpty() ? Optional.empty() : Optional.of(contact));
  }
}
