package org.departurebooklet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.departurebooklet.render.Templates;
import org.departurebooklet.view.BookletView;
import org.departurebooklet.web.FormView;
import org.departurebooklet.web.MessageView;
import org.departurebooklet.web.PlanView;
import org.departurebooklet.web.WebAssets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mustache prints a name it cannot find as nothing, so a misspelt name in a template would vanish
 * from every booklet without an error. Each shipped template is checked against the types of its
 * view record instead: every name must be a member of a record in scope.
 */
class TemplatesMatchTheirViewsTest {

  private static final Path TEMPLATES = Path.of("templates");
  private static final Path WEB = TEMPLATES.resolve(WebAssets.FOLDER);

  @Test
  void everyNameInTheBookletTemplateIsInItsView() {
    assertDoesNotThrow(() -> ViewTypeCheck.check(TEMPLATES, Templates.BOOKLET, BookletView.class));
  }

  @Test
  void everyNameInTheFormTemplateIsInItsView() {
    assertDoesNotThrow(() -> ViewTypeCheck.check(WEB, WebAssets.FORM, FormView.class));
  }

  @Test
  void everyNameInThePlanTemplateIsInItsView() {
    assertDoesNotThrow(() -> ViewTypeCheck.check(WEB, WebAssets.PLAN, PlanView.class));
  }

  @Test
  void everyNameInTheMessageTemplateIsInItsView() {
    assertDoesNotThrow(() -> ViewTypeCheck.check(WEB, WebAssets.MESSAGE, MessageView.class));
  }

  @Test
  void aMisspeltNameInATemplateFailsTheCheck(@TempDir Path dir) throws IOException {
    String form = Files.readString(WEB.resolve(WebAssets.FORM), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve(WebAssets.FORM),
        form.replace("{{field.label}}", "{{field.lable}}"),
        StandardCharsets.UTF_8);
    MustacheException e =
        assertThrows(
            MustacheException.class,
            () -> ViewTypeCheck.check(dir, WebAssets.FORM, FormView.class));
    assertTrue(e.getMessage().contains("lable"), e.getMessage());
  }
}
