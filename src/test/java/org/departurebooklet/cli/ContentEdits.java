package org.departurebooklet.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.departurebooklet.io.YamlMappers;

/**
 * The edits of one validate case (see {@code src/test/resources/validate/README.md}), applied in
 * order to a copy of the shipped content. Each step does one thing:
 *
 * <ul>
 *   <li>{@code {file: F, replace: A, with: B}}: every A in F becomes B (A must be there, so a case
 *       notices when the shipped content changes under it);
 *   <li>{@code {file: F, text: T, encoding: E}}: F holds T, written in E (UTF-8 if not given);
 *   <li>{@code {copy: F, to: G}}, {@code {move: F, to: G}}: a file (or, to move, a folder);
 *   <li>{@code {delete: F}}: a file; {@code {folder: F}}: a new, empty folder.
 * </ul>
 */
final class ContentEdits {

  private static final ObjectMapper YAML = YamlMappers.records();

  /** One step; exactly one of replace, text, copy, move, delete and folder is given. */
  record Step(
      String file,
      String replace,
      String with,
      String text,
      String encoding,
      String copy,
      String move,
      String to,
      String delete,
      String folder) {}

  private ContentEdits() {}

  /** Applies the steps of {@code caseFile} to the content folder {@code copy}. */
  static void apply(Path caseFile, Path copy) throws IOException {
    List<Step> steps = YAML.readValue(caseFile.toFile(), new TypeReference<List<Step>>() {});
    for (Step step : steps) {
      long given =
          Stream.of(
                  step.replace(),
                  step.text(),
                  step.copy(),
                  step.move(),
                  step.delete(),
                  step.folder())
              .filter(v -> v != null)
              .count();
      if (given != 1) {
        fail(
            caseFile
                + ": each step gives one of replace, text, copy, move, delete, folder: "
                + step);
      }
      apply(step, copy, caseFile);
    }
  }

  private static void apply(Step step, Path copy, Path caseFile) throws IOException {
    if (step.replace() != null) {
      Path file = copy.resolve(step.file());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertTrue(
          text.contains(step.replace()),
          caseFile
              + ": "
              + step.file()
              + " no longer holds \""
              + step.replace()
              + "\" (update the case)");
      Files.writeString(
          file,
          text.replace(step.replace(), step.with() == null ? "" : step.with()),
          StandardCharsets.UTF_8);
    } else if (step.text() != null) {
      Charset charset =
          step.encoding() == null ? StandardCharsets.UTF_8 : Charset.forName(step.encoding());
      Files.write(copy.resolve(step.file()), step.text().getBytes(charset));
    } else if (step.copy() != null) {
      Files.createDirectories(copy.resolve(step.to()).getParent());
      Files.copy(copy.resolve(step.copy()), copy.resolve(step.to()));
    } else if (step.move() != null) {
      Files.move(copy.resolve(step.move()), copy.resolve(step.to()));
    } else if (step.delete() != null) {
      Files.delete(copy.resolve(step.delete()));
    } else {
      Files.createDirectories(copy.resolve(step.folder()));
    }
  }
}
