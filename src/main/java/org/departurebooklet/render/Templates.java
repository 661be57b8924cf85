package org.departurebooklet.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.departurebooklet.BookletException;
import org.departurebooklet.io.IoProblems;
import org.departurebooklet.io.StrictUtf8;
import org.departurebooklet.view.BookletView;

/**
 * The Mustache templates of a templates folder, compiled once. {@code booklet.mustache} is the
 * entry point; partials ({@code {{> name}}}) load from the same folder, as UTF-8. A template that
 * is missing, cannot be read or is not UTF-8 fails the load with its name. Thread-safe: compiled
 * templates may be executed concurrently.
 */
public final class Templates {

  public static final String BOOKLET = "booklet.mustache";

  private final Mustache booklet;

  private Templates(Mustache booklet) {
    this.booklet = booklet;
  }

  public static Templates load(Path dir) {
    MustacheResolver resolver =
        name -> {
          Path file = dir.resolve(name.endsWith(".mustache") ? name : name + ".mustache");
          // Null is how a resolver says "no such template": mustache.java then fails naming it.
          return Files.isRegularFile(file) ? new StringReader(read(file)) : null;
        };
    DefaultMustacheFactory factory = new DefaultMustacheFactory(resolver);
    try {
      return new Templates(factory.compile(BOOKLET));
    } catch (MustacheException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "template problem in " + dir.toUri() + ": " + e.getMessage(),
          e);
    }
  }

  private static String read(Path file) {
    try {
      return StrictUtf8.decode(Files.readAllBytes(file));
    } catch (CharacterCodingException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "template " + file.toUri() + " is not UTF-8; save it as UTF-8",
          e);
    } catch (IOException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "cannot read template " + file.toUri() + " (" + IoProblems.reason(e) + ")",
          e);
    }
  }

  /** The XHTML of one booklet. */
  public String render(BookletView view) {
    StringWriter out = new StringWriter(64 * 1024);
    booklet.execute(out, view);
    return out.toString();
  }
}
