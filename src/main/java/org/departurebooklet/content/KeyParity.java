package org.departurebooklet.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.content.ContentProblem.Kind;

/**
 * Compares the keys of one language's files with the reference edition's (English): every key of
 * the reference must exist in the other language, at the same place, and no other key may. Lists
 * (such as the steps of a procedure) are compared as values: a translation may have more or fewer
 * items. Stateless and thread-safe.
 */
public final class KeyParity {

  /** The edition every other language is compared with. */
  public static final String REFERENCE = Content.DEFAULT_LANGUAGE;

  private KeyParity() {}

  /**
   * Every missing, extra or misplaced key of {@code language} compared with {@link #REFERENCE}, one
   * problem each: {@code content/vi/strings.yaml: cover_plan: missing (content/en/strings.yaml has
   * it)}. Files that are absent or do not parse are left to {@link ContentLoader}, which reports
   * them.
   */
  public static List<ContentProblem> problems(Path contentDir, String language) {
    List<ContentProblem> problems = new ArrayList<>();
    String folder = AssetDirs.contentLabel(contentDir);
    for (String name : ContentLoader.LANGUAGE_FILES) {
      Optional<JsonNode> reference = ContentFile.tree(contentDir.resolve(REFERENCE).resolve(name));
      Optional<JsonNode> other = ContentFile.tree(contentDir.resolve(language).resolve(name));
      if (reference.isPresent() && other.isPresent()) {
        new Comparison(folder + language + "/" + name, folder + REFERENCE + "/" + name, problems)
            .compare(reference.get(), other.get(), "");
      }
    }
    return problems;
  }

  /** One file compared with the reference's. */
  private record Comparison(String file, String referenceFile, List<ContentProblem> problems) {

    void compare(JsonNode reference, JsonNode other, String path) {
      String at = path.isEmpty() ? "(top)" : path;
      if (reference.isObject()) {
        if (other.isObject()) {
          compareKeys(reference, other, path);
        } else {
          add(at, "must hold keys as in " + referenceFile + ", not " + kind(other));
        }
      } else if (reference.isArray() && !other.isArray() && !other.isNull()) {
        add(at, "must be a list as in " + referenceFile + ", not " + kind(other));
      } else if (reference.isValueNode() && !reference.isNull() && other.isContainerNode()) {
        add(at, "must be a single value as in " + referenceFile + ", not " + kind(other));
      }
    }

    private void compareKeys(JsonNode reference, JsonNode other, String path) {
      for (Iterator<String> names = reference.fieldNames(); names.hasNext(); ) {
        String key = names.next();
        String child = path.isEmpty() ? key : path + "." + key;
        if (!other.has(key)) {
          add(child, "missing (" + referenceFile + " has it)");
        } else {
          compare(reference.get(key), other.get(key), child);
        }
      }
      for (Iterator<String> names = other.fieldNames(); names.hasNext(); ) {
        String key = names.next();
        if (!reference.has(key)) {
          add(
              path.isEmpty() ? key : path + "." + key,
              "not a key of " + referenceFile + " (remove it, or add it to every language)");
        }
      }
    }

    private void add(String path, String message) {
      problems.add(ContentProblem.at(file, path, Kind.PARITY, message));
    }

    private static String kind(JsonNode node) {
      return node.isObject() ? "a map of keys" : node.isArray() ? "a list" : "a single value";
    }
  }
}
