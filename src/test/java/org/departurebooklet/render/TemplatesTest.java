package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.departurebooklet.BookletException;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A school's templates folder that cannot be used stops the load with the template's name. */
class TemplatesTest {

  private static Path copyOfTemplates(Path to) throws IOException {
    Path packed = TestBooklets.get().dirs().templates();
    Files.createDirectories(to);
    for (String name :
        new String[] {Templates.BOOKLET, "style.mustache", "text.mustache", "address.mustache"}) {
      Files.copy(packed.resolve(name), to.resolve(name));
    }
    return to;
  }

  @Test
  void aPartialThatIsNotUtf8IsNamedNotPrintedAsReplacementCharacters(@TempDir Path temp)
      throws IOException {
    Path dir = copyOfTemplates(temp.resolve("templates"));
    Files.writeString(
        dir.resolve("style.mustache"), "/* Caf\u00e9 */", StandardCharsets.ISO_8859_1);
    BookletException e = assertThrows(BookletException.class, () -> Templates.load(dir));
    assertEquals(BookletException.Kind.MISSING_ASSET, e.kind());
    assertTrue(e.getMessage().contains("style.mustache is not UTF-8"), e.getMessage());
  }

  @Test
  void aMissingPartialIsNamed(@TempDir Path temp) throws IOException {
    Path dir = copyOfTemplates(temp.resolve("templates"));
    Files.delete(dir.resolve("text.mustache"));
    BookletException e = assertThrows(BookletException.class, () -> Templates.load(dir));
    assertEquals(BookletException.Kind.MISSING_ASSET, e.kind());
    assertTrue(e.getMessage().contains("text.mustache"), e.getMessage());
  }
}
