package org.departurebooklet;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.departurebooklet.content.Content;
import org.departurebooklet.content.ContentLoader;

/**
 * The editions a content folder offers, one per language, and each one's content, loaded and
 * checked on first use and then kept for the life of the facade.
 *
 * <p>Thread-safe: the content is kept in a concurrent map, and each language is loaded once.
 */
final class Editions {

  private final Path contentDir;
  private final Set<String> languages;
  private final Map<String, Content> contents = new ConcurrentHashMap<>();

  Editions(Path contentDir) {
    this.contentDir = contentDir;
    this.languages = ContentLoader.languages(contentDir);
  }

  /** The language codes the folder has content for. */
  Set<String> languages() {
    return languages;
  }

  /** One language's content, loaded and checked on first use. */
  Content content(String language) {
    return contents.computeIfAbsent(language, lang -> ContentLoader.load(contentDir, lang));
  }

  /** The fonts an edition's text is set in, first choice first. */
  List<String> fonts(String language) {
    return content(language).strings().fonts();
  }

  /**
   * Fails unless the folder has content in {@code language}.
   *
   * @throws BookletException (usage) naming the language and the ones on offer
   */
  void require(String language) {
    if (!languages.contains(language)) {
      throw BookletException.usage(
          "language \""
              + language
              + "\" is not available (use one of "
              + String.join(", ", languages)
              + ")");
    }
  }
}
