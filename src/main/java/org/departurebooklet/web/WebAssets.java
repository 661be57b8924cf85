package org.departurebooklet.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.departurebooklet.BookletException;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.io.StrictUtf8;
import org.departurebooklet.io.YamlMappers;

/**
 * The web page's templates, stylesheet and words, read once from the {@code web/} folder of the
 * templates folder (packaged, or a school's own with {@code --templates}).
 *
 * <p>The form's words live beside its markup, not in content/: they belong to this page, whose
 * languages (strings-en.yaml, strings-ja.yaml, ...) need not match the booklet editions in
 * content/. Every page language must have every key of the English file; a missing or unknown key
 * stops the server at start-up with the file's name.
 *
 * <p>Immutable and thread-safe: compiled templates may be executed from any number of threads.
 */
public final class WebAssets {

  public static final String FOLDER = "web";
  public static final String FORM = "form.mustache";
  public static final String MESSAGE = "message.mustache";
  public static final String PLAN = "plan.mustache";
  public static final String STYLE = "style.css";
  private static final Pattern STRINGS_FILE = Pattern.compile("strings-([a-z]{2,3})\\.yaml");

  private static final ObjectMapper YAML = YamlMappers.completeRecords();

  private final Mustache form;
  private final Mustache message;
  private final Mustache plan;
  private final byte[] style;
  private final Map<String, PageText> texts;

  private WebAssets(
      Mustache form, Mustache message, Mustache plan, byte[] style, Map<String, PageText> texts) {
    this.form = form;
    this.message = message;
    this.plan = plan;
    this.style = style;
    this.texts = texts;
  }

  /** Reads {@code <templatesDir>/web/}. */
  public static WebAssets load(Path templatesDir) {
    Path dir = templatesDir.resolve(FOLDER);
    MustacheResolver resolver =
        name -> {
          Path file = dir.resolve(name);
          if (!Files.isRegularFile(file)) {
            return null;
          }
          return new StringReader(template(dir, name));
        };
    DefaultMustacheFactory factory = new DefaultMustacheFactory(resolver);
    try {
      Mustache form = compile(factory, dir, FORM);
      Mustache message = compile(factory, dir, MESSAGE);
      Mustache plan = compile(factory, dir, PLAN);
      return new WebAssets(form, message, plan, AssetDirs.read(dir, STYLE), texts(dir));
    } catch (MustacheException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "template problem in " + dir.toUri() + ": " + e.getMessage(),
          e);
    }
  }

  /** A template's text, which must be UTF-8. */
  private static String template(Path dir, String name) {
    try {
      return StrictUtf8.decode(AssetDirs.read(dir, name));
    } catch (CharacterCodingException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "template " + dir.resolve(name).toUri() + " is not UTF-8; save it as UTF-8",
          e);
    }
  }

  private static Mustache compile(DefaultMustacheFactory factory, Path dir, String name) {
    if (!Files.isRegularFile(dir.resolve(name))) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "missing " + name + " (looked in " + dir.toUri() + ")");
    }
    return factory.compile(name);
  }

  private static Map<String, PageText> texts(Path dir) {
    Map<String, PageText> texts = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        Matcher m = STRINGS_FILE.matcher(file.getFileName().toString());
        if (m.matches()) {
          texts.put(m.group(1), readText(dir, file.getFileName().toString()));
        }
      }
    } catch (IOException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "cannot list " + dir.toUri() + " (" + e.getMessage() + ")",
          e);
    }
    if (!texts.containsKey(PageLanguages.DEFAULT)) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "missing strings-" + PageLanguages.DEFAULT + ".yaml (looked in " + dir.toUri() + ")");
    }
    return Map.copyOf(texts);
  }

  private static PageText readText(Path dir, String name) {
    try {
      return YAML.readValue(AssetDirs.read(dir, name), PageText.class);
    } catch (IOException e) {
      String detail = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          dir.resolve(name).toUri() + ": " + detail + " (every key of strings-en.yaml is needed)",
          e);
    }
  }

  /** The page languages, code to words. */
  public Map<String, PageText> texts() {
    return texts;
  }

  public byte[] style() {
    return style.clone();
  }

  public String form(FormView view) {
    StringWriter out = new StringWriter(32 * 1024);
    form.execute(out, view);
    return out.toString();
  }

  public String plan(PlanView view) {
    StringWriter out = new StringWriter(48 * 1024);
    plan.execute(out, view);
    return out.toString();
  }

  public String message(MessageView view) {
    StringWriter out = new StringWriter(2 * 1024);
    message.execute(out, view);
    return out.toString();
  }
}
