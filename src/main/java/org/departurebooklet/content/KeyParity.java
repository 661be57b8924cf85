package org.departurebooklet.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Compares the keys of one language's files with the reference edition's (English): every key of
 * the reference must exist in the other language, at the same place, and no other key may. Lists
 * (such as the steps of a procedure) are compared as values: a translation may have more or fewer
 * items. Stateless and thread-safe.
 */
public final class KeyParity {

  /** The edition every other language is compared with. */
  public static final String REFERENCE = "en";

  private static final ObjectMapper YAML = new YAMLMapper();

  private KeyParity() {}

  /**
   * Every missing, extra or misplaced key of {@code language} compared with {@link #REFERENCE},
   * one line each: {@code content/vi/strings.yaml: cover_plan: missing (content/en/strings.yaml has it)}.
   * Files that are absent or do not parse are left to {@link ContentLoader}, which reports them.
   */
  public static List<String> problems(Path contentDir, String language) {
    List<String> problems = new ArrayList<>();
    String folder = AssetDirs.contentLabel(contentDir);
    for (String name : ContentLoader.LANGUAGE_FILES) {
      Optional<JsonNode> reference = tree(contentDir.resolve(REFERENCE).resolve(name));
      Optional<JsonNode> other = tree(contentDir.resolve(language).resolve(name));
      if (reference.isPresent() && other.isPresent()) {
        compare(reference.get(), other.get(), "", folder + language + "/" + name, folder + REFERENCE + "/" + name,
            problems);
      }
    }
    return problems;
  }

  private static void compare(JsonNode reference, JsonNode other, String path, String file,
      String referenceFile, List<String> problems) {
    if (reference.isObject()) {
      if (!other.isObject()) {
        problems.add(file + ": " + (path.isEmpty() ? "(top)" : path) + ": must hold keys as in "
            + referenceFile + ", not " + kind(other));
        return;
      }
      for (Iterator<String> names = reference.fieldNames(); names.hasNext(); ) {
        String key = names.next();
        String child = path.isEmpty() ? key : path + "." + key;
        if (!other.has(key)) {
          problems.add(file + ": " + child + ": missing (" + referenceFile + " has it)");
        } else {
          compare(reference.get(key), other.get(key), child, file, referenceFile, problems);
        }
      }
      for (Iterator<String> names = other.fieldNames(); names.hasNext(); ) {
        String key = names.next();
        if (!reference.has(key)) {
          problems.add(file + ": " + (path.isEmpty() ? key : path + "." + key)
              + ": not a key of " + referenceFile + " (remove it, or add it to every language)");
        }
      }
    } else if (reference.isArray() && !other.isArray() && !other.isNull()) {
      problems.add(file + ": " + (path.isEmpty() ? "(top)" : path) + ": must be a list as in " + referenceFile + ", not " + kind(other));
    } else if (reference.isValueNode() && !reference.isNull() && (other.isContainerNode())) {
      problems.add(file + ": " + (path.isEmpty() ? "(top)" : path) + ": must be a single value as in " + referenceFile + ", not " + kind(other));
    }
  }

  private static String kind(JsonNode node) {
    return node.isObject() ? "a map of keys" : node.isArray() ? "a list" : "a single value";
  }

  /** A YAML file as a tree; empty if it is absent or does not parse. */
  static Optional<JsonNode> tree(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(YAML.readTree(Files.readAllBytes(file))).filter(n -> !n.isMissingNode());
    } catch (IOException ignored) {
      return Optional.empty(); // ContentLoader reports this file with its line and reason
    }
  }
}
