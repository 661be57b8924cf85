package org.departurebooklet.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.departurebooklet.BookletException;
import org.departurebooklet.io.IoProblems;
import org.departurebooklet.io.YamlErrors;

/**
 * Reads a school profile:
 *
 * <pre>
 * name: Sakura International College
 * contact: International Office, Building 2, room 203 · intl@sakura.example.ac.jp
 * </pre>
 */
public final class SchoolFile {

  private static final List<String> FIELDS = List.of("name", "contact");
  private static final YAMLMapper YAML = new YAMLMapper();

  private SchoolFile() {}

  public static School read(Path file) {
    String label = file.toString();
    JsonNode root;
    try {
      if (Files.size(file) > 16 * 1024) {
        throw BookletException.badInput(label + ": is larger than 16 KiB; a school file holds a few lines of YAML");
      }
      root = YAML.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new BookletException(BookletException.Kind.USAGE, label + ": no such file");
    } catch (JacksonException e) {
      throw BookletException.badInput(label + YamlErrors.where(e)
          + "; a school file is YAML: 'name: ...' and, if you like, 'contact: ...'");
    } catch (IOException e) {
      throw BookletException.badInput(label + ": cannot be read (" + IoProblems.reason(e) + ")");
    }
    if (root == null || !root.isObject()) {
      throw BookletException.badInput(label + ": write 'name: ...' and, if you like, 'contact: ...'");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!FIELDS.contains(e.getKey()) || e.getValue().isContainerNode()) {
        throw BookletException.badInput(label + ": field \"" + CleanText.clean(e.getKey())
            + "\" is not known or not a single value (fields: name, contact)");
      }
    }
    String name = CleanText.clean(root.path("name").asText(""));
    if (name.isEmpty()) {
      throw BookletException.badInput(label + ": name is missing (write the school's name as it should print)");
    }
    if (name.length() > School.MAX_NAME_LENGTH) {
      throw BookletException.badInput(label + ": name is too long (at most " + School.MAX_NAME_LENGTH + " characters)");
    }
    String contact = CleanText.clean(root.path("contact").asText(""));
    if (contact.length() > School.MAX_CONTACT_LENGTH) {
      throw BookletException.badInput(label + ": contact is too long (at most " + School.MAX_CONTACT_LENGTH + " characters)");
    }
    return new School(name, contact.isEmpty() ? Optional.empty() : Optional.of(contact));
  }
}
