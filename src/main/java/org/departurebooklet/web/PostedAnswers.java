package org.departurebooklet.web;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.departurebooklet.Booklets;

/**
 * The answers of a posted form, taken in for {@code /plan}, {@code /booklet} and {@code /calendar}:
 * a body over the size limit is refused with 413, one that is not form encoding with 415, a
 * malformed one with 400; the answers are then checked as every front end checks a student,
 * counting from today, and bad ones get the form again with a message next to each bad field (400).
 * The body itself was read before the handler, within its time limit (see {@link BodyPrefetch}).
 * Immutable and thread-safe.
 */
final class PostedAnswers {

  private final Booklets booklets;
  private final WebSettings settings;
  private final FormPage form;
  private final PageResponses responses;

  PostedAnswers(Booklets booklets, WebSettings settings, FormPage form, PageResponses responses) {
    this.booklets = booklets;
    this.settings = settings;
    this.form = form;
    this.responses = responses;
  }

  /**
   * The form's answers, checked, with a student; or empty when they were refused and answered: 413,
   * 415 or 400 for the body, or 400 with the form again and a message next to each bad field.
   *
   * @param lang the page language, of the form and of any answer
   */
  Optional<FormAnswers> read(Context ctx, String lang) throws IOException {
    Optional<FormBody.Fields> raw = readForm(ctx);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(settings.clock());
    FormAnswers answers =
        FormAnswers.check(
            raw.get(),
            new FormAnswers.Page(lang, form.text(lang), form.countries()),
            form.defaultBookletLanguage(lang),
            (fields, paper) ->
                booklets.check(
                    fields,
                    new Booklets.Options(
                        paper,
                        Optional.empty(),
                        today,
                        Booklets.Options.defaults(today).created())));
    if (!answers.ok()) {
      responses.html(ctx, 400, lang, form.refill(lang, answers.kept(), answers.problems(), false));
      return Optional.empty();
    }
    return Optional.of(answers);
  }

  /** The form's fields, or empty when the body was refused (and answered: 413, 415 or 400). */
  private Optional<FormBody.Fields> readForm(Context ctx) throws IOException {
    if (ctx.req().getContentLengthLong() > settings.maxBodyBytes()) {
      responses.tooLarge(ctx);
      return Optional.empty();
    }
    String type =
        Optional.ofNullable(ctx.header("Content-Type")).orElse("").toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/x-www-form-urlencoded")) {
      responses.message(ctx, 415, PageText::messageUnsupportedTitle, PageText::messageUnsupported);
      return Optional.empty();
    }
    Optional<BodyPrefetch.Body> body = BodyPrefetch.body(ctx.req());
    try (InputStream in =
        body.isPresent()
            ? new ByteArrayInputStream(body.get().bytes())
            : ctx.req().getInputStream()) {
      return Optional.of(FormBody.read(in, settings.maxBodyBytes(), FormPage.FIELDS));
    } catch (FormBody.TooLarge e) {
      responses.tooLarge(ctx);
    } catch (FormBody.Malformed e) {
      responses.message(ctx, 400, PageText::messageUnsupportedTitle, PageText::messageUnsupported);
    }
    return Optional.empty();
  }
}
