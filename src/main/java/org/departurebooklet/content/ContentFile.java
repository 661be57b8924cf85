package org.departurebooklet.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.content.ContentProblem.Kind;
import org.departurebooklet.io.IoProblems;
import org.departurebooklet.io.StrictUtf8;
import org.departurebooklet.io.YamlMappers;

/**
 * Reads one content file: it must be there, be a file of at most 1 MiB, and hold UTF-8 (a file
 * saved as UTF-16 is named as such, since an editor may offer it as "Unicode"). Stateless and
 * thread-safe.
 */
final class ContentFile {

  /** Larger files are not content: the largest shipped one is 13 KB. */
  static final long MAX_BYTES = 1024 * 1024;

  private static final ObjectMapper TREES = YamlMappers.trees();

  private ContentFile() {}

  /**
   * The text of {@code name} in the content folder {@code dir}, or empty after adding why not to
   * {@code problems}; {@code file} is how messages name it.
   */
  static Optional<String> read(Path dir, String name, String file, List<ContentProblem> problems) {
    Path path = dir.resolve(name);
    if (!Files.isRegularFile(path)) {
      problems.add(
          ContentProblem.of(
              file,
              Kind.FILE,
              Files.isDirectory(path)
                  ? "is a folder; it must be a file"
                  : "missing (looked in " + dir.toUri() + ")"));
      return Optional.empty();
    }
    String text;
    try {
      if (Files.size(path) > MAX_BYTES) {
        problems.add(
            ContentProblem.of(
                file,
                Kind.FILE,
                "is larger than "
                    + MAX_BYTES / (1024 * 1024)
                    + " MiB; a content file holds a few pages of text (is it the right file?)"));
        return Optional.empty();
      }
      text = StrictUtf8.decode(Files.readAllBytes(path));
    } catch (CharacterCodingException e) {
      problems.add(
          ContentProblem.of(
              file, Kind.FILE, "is not UTF-8 text (save it with the UTF-8 encoding)"));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(
          ContentProblem.of(file, Kind.FILE, "cannot be read (" + IoProblems.reason(e) + ")"));
      return Optional.empty();
    }
    // UTF-16 of Latin text is valid UTF-8 with a NUL byte beside every letter; no YAML has NUL.
    if (text.indexOf('\u0000') >= 0) {
      problems.add(
          ContentProblem.of(
              file,
              Kind.FILE,
              "is not UTF-8 text (it looks like UTF-16; save it with the UTF-8 encoding)"));
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /**
   * A file as a YAML tree of what is written, for the checks beside the loader (key parity, fonts);
   * empty when it is absent or cannot be read as YAML, which the loader reports with its reason.
   */
  static Optional<JsonNode> tree(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      return Optional.ofNullable(TREES.readTree(StrictUtf8.decode(Files.readAllBytes(file))))
          .filter(n -> !n.isMissingNode());
    } catch (IOException ignored) {
      return Optional.empty(); // the loader reports this file with its line and reason
    }
  }
}
