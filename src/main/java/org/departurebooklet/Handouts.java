package org.departurebooklet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.departurebooklet.content.Content;
import org.departurebooklet.model.School;
import org.departurebooklet.model.Session;
import org.departurebooklet.plan.DeparturePlan;
import org.departurebooklet.plan.Planner;
import org.departurebooklet.render.FontChoice;
import org.departurebooklet.render.Templates;
import org.departurebooklet.view.HandoutViews;

/**
 * An advisor's handouts: the booklet without a student (every rule in words, blanks for one's own
 * dates, both plans' content), with an information session's box on the cover, or its short version
 * for a room. Reached through {@link Booklets#handouts()}, it shares the facade's content, fonts,
 * templates and school.
 *
 * <p>Thread-safe and reusable, like the facade it comes from.
 */
public final class Handouts {

  /**
   * How an advisor's handout is made.
   *
   * @param options the paper, the language ({@link Booklets#DEFAULT_LANGUAGE} if none), the day it
   *     is made
   * @param session the information session it is printed for, if any
   * @param shortVersion the 2-4 pages for a room instead of the whole booklet without a student
   */
  public record Request(Booklets.Options options, Optional<Session> session, boolean shortVersion) {
    public Request {
      Objects.requireNonNull(options, "options");
      Objects.requireNonNull(session, "session");
    }
  }

  private final Editions editions;
  private final Optional<School> school;
  private final EditionFonts fonts;
  private final Templates templates;
  private final Planner planner;
  private final FoldingRenderer renderer;

  Handouts(
      Editions editions,
      Optional<School> school,
      EditionFonts fonts,
      Templates templates,
      Planner planner,
      FoldingRenderer renderer) {
    this.editions = editions;
    this.school = school;
    this.fonts = fonts;
    this.templates = templates;
    this.planner = planner;
    this.renderer = renderer;
  }

  /**
   * The handout as PDF bytes.
   *
   * @throws BookletException (usage) when the request asks for a language there is no content for;
   *     (bad input) when a session text has characters no font prints
   */
  public Booklets.Rendered pdf(Request request) {
    return folded(request).rendered();
  }

  /** The XHTML that {@link #pdf} renders. */
  public String xhtml(Request request) {
    return folded(request).xhtml();
  }

  private FoldingRenderer.Folded folded(Request request) {
    Booklets.Options options = request.options();
    String lang = options.language().orElse(Booklets.DEFAULT_LANGUAGE);
    editions.require(lang);
    Content content = editions.content(lang);
    List<String> sessionText = request.session().map(Handouts::texts).orElse(List.of());
    fonts.requirePrintable("session", sessionText, lang);
    List<String> userText = new ArrayList<>(sessionText);
    school.ifPresent(
        s -> {
          userText.add(s.name());
          userText.addAll(s.contactLines());
        });
    FontChoice chosen = fonts.choose(lang, "", userText);
    DeparturePlan plan = planner.undated(content);
    return renderer.render(
        request.shortVersion() ? "handout-short" : "handout",
        lang,
        options,
        chosen,
        extra ->
            templates.render(
                HandoutViews.of(
                    content,
                    plan,
                    school,
                    request.session(),
                    options.today(),
                    options.paper(),
                    chosen.bodyStack(),
                    request.shortVersion(),
                    extra)));
  }

  /** The texts of a session printed on the cover. */
  private static List<String> texts(Session session) {
    List<String> texts = new ArrayList<>(List.of(session.title()));
    session.room().ifPresent(texts::add);
    session.advisor().ifPresent(texts::add);
    session.contact().ifPresent(texts::add);
    texts.addAll(session.bring());
    return texts;
  }
}
