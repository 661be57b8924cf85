package org.departurebooklet.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.model.FieldProblem;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.render.RenderMemory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The booklet of checked answers, sent as a PDF download ({@code POST /booklet}). It is rendered in
 * a render slot (see {@link RenderSlots}); when no slot is free in time, the render overran its
 * time or the heap ran out, the form comes back with the answers kept and 503 with Retry-After. A
 * name the checks let through but the renderer cannot print is a field error (400); any other
 * failure of the render is thrown as {@link RenderFailed}, a 500.
 *
 * <p>Thread-safe: one instance serves every request; the slots bound the renders at once.
 */
final class BookletDownload {

  /** Seconds to wait before trying again when every slot was busy or the heap ran out. */
  static final String RETRY_AFTER_BUSY = "2";

  /** Seconds to wait before trying again when a render overran its time. */
  static final String RETRY_AFTER_TIMEOUT = "10";

  /** The server's logger, as before this class was split out of it. */
  private static final Logger LOG = LoggerFactory.getLogger(BookletServer.class);

  private final BookletServer.Renderer renderer;
  private final RenderSlots slots;
  private final WebSettings settings;
  private final FormPage form;
  private final PageResponses responses;

  BookletDownload(
      BookletServer.Renderer renderer,
      RenderSlots slots,
      WebSettings settings,
      FormPage form,
      PageResponses responses) {
    this.renderer = renderer;
    this.slots = slots;
    this.settings = settings;
    this.form = form;
    this.responses = responses;
  }

  /**
   * Renders in a slot: the PDF, or 503 with the answers kept when no slot is free or time ran out.
   */
  void send(Context ctx, String lang, FormAnswers answers) throws InterruptedException {
    Booklets.CheckedStudent student = answers.student().orElseThrow();
    Optional<RenderSlots.Outcome<Booklets.Rendered>> outcome = render(ctx, lang, answers, student);
    if (outcome.isEmpty()) {
      return;
    }
    if (outcome.get() instanceof RenderSlots.Outcome.Done<Booklets.Rendered> done) {
      PageResponses.download(
          ctx,
          "application/pdf",
          DownloadName.contentDisposition(student.student().name()),
          done.value().pdf());
    } else {
      boolean timedOut = outcome.get() instanceof RenderSlots.Outcome.TimedOut;
      ctx.header("Retry-After", timedOut ? RETRY_AFTER_TIMEOUT : RETRY_AFTER_BUSY);
      responses.html(ctx, 503, lang, form.refill(lang, answers.kept(), List.of(), true));
    }
  }

  /**
   * What became of the render: done, busy or timed out; a heap that ran out counts as busy. Empty
   * when it was answered already: 400 for a name the renderer could not print.
   */
  private Optional<RenderSlots.Outcome<Booklets.Rendered>> render(
      Context ctx, String lang, FormAnswers answers, Booklets.CheckedStudent student)
      throws InterruptedException {
    try {
      return Optional.of(slots.run(() -> renderer.render(student)));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BookletException be
          && be.kind() == BookletException.Kind.BAD_INPUT) {
        // The checks above should have caught it; say so next to the name rather than fail blank.
        responses.html(
            ctx,
            400,
            lang,
            form.refill(
                lang,
                answers.kept(),
                List.of(
                    new FieldProblem(
                        StudentFields.NAME,
                        "",
                        "cannot be printed in the booklet",
                        FieldProblem.Kind.UNPRINTABLE)),
                false));
        return Optional.empty();
      }
      if (RenderMemory.ranOut(e.getCause())) {
        // The render's garbage is gone with it: the next request has the heap again. Busy, not
        // broken.
        LOG.warn(
            "a render ran out of memory (heap {} MiB, {} render slots): answered 503",
            Runtime.getRuntime().maxMemory() >> 20,
            settings.renderSlots());
        return Optional.of(new RenderSlots.Outcome.Busy<>());
      }
      throw new RenderFailed(e.getCause());
    }
  }

  /** A render that broke: reported as 500, logged without its message. */
  static final class RenderFailed extends RuntimeException {
    RenderFailed(Throwable cause) {
      super("render failed", cause, false, false);
    }
  }
}
