package org.departurebooklet.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.departurebooklet.BookletException;
import org.departurebooklet.view.BookletView;

/**
 * The Mustache templates of a templates folder, compiled once. {@code booklet.mustache} is the
 * entry point; partials ({@code {{> name}}}) load from the same folder. Thread-safe: compiled
 * templates may be executed concurrently.
 */
public final class Templates {

  public static final String BOOKLET = "booklet.mustache";

  private final Mustache booklet;

  private Templates(Mustache booklet) {
    this.booklet = booklet;
  }

  public static Templates load(Path dir) {
    MustacheResolver resolver = name -> {
      Path file = dir.resolve(name.endsWith(".mustache") ? name : name + ".mustache");
      if (!Files.isRegularFile(file)) {
        return null;
      }
      try {
        return new InputStreamReader(new ByteArrayInputStream(Files.readAllBytes(file)), StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        return null;
      }
    };
    DefaultMustacheFactory factory = new DefaultMustacheFactory(resolver);
    try {
      return new Templates(factory.compile(BOOKLET));
    } catch (MustacheException e) {
      throw new BookletException(BookletException.Kind.MISSING_ASSET,
          "template problem in " + dir.toUri() + ": " + e.getMessage(), e);
    }
  }

  /** The XHTML of one booklet. */
  public String render(BookletView view) {
    StringWriter out = new StringWriter(64 * 1024);
    booklet.execute(out, view);
    return out.toString();
  }

}
