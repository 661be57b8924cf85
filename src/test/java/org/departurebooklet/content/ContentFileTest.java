package org.departurebooklet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content file too large to be content is named, not read. */
class ContentFileTest {

  @TempDir Path dir;

  @Test
  void aFileOverOneMebibyteIsNamedAndNotRead() throws IOException {
    byte[] comments = new byte[(int) ContentFile.MAX_BYTES + 1];
    Arrays.fill(comments, (byte) '#');
    Files.write(dir.resolve("common.yaml"), comments);
    List<ContentProblem> problems = new ArrayList<>();
    assertTrue(ContentFile.read(dir, "common.yaml", "content/common.yaml", problems).isEmpty());
    assertEquals(
        List.of(
            "content/common.yaml: is larger than 1 MiB; a content file holds a few pages of text "
                + "(is it the right file?)"),
        problems.stream().map(ContentProblem::describe).toList());
    assertTrue(
        ContentFile.tree(dir.resolve("common.yaml")).isEmpty(),
        "the checks beside the loader skip it too");
  }

  @Test
  void aFileOfOneMebibyteIsRead() throws IOException {
    byte[] comments = new byte[(int) ContentFile.MAX_BYTES];
    Arrays.fill(comments, (byte) '#');
    Files.write(dir.resolve("common.yaml"), comments);
    List<ContentProblem> problems = new ArrayList<>();
    assertTrue(ContentFile.read(dir, "common.yaml", "content/common.yaml", problems).isPresent());
    assertEquals(List.of(), problems);
  }
}
