package org.departurebooklet.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.util.JavalinLogger;
import jakarta.servlet.DispatcherType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.calendar.IcsFile;
import org.departurebooklet.model.FieldProblem;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.render.RenderMemory;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code booklet serve}: the form page and the booklet download, on Javalin (Jetty).
 *
 * <ul>
 *   <li>{@code GET /} the form, in the language of {@code ?lang=} or Accept-Language; it posts to
 *       {@code /plan};
 *   <li>{@code POST /plan} the student's plan as a page (next steps, the timeline), with two
 *       buttons whose forms send the answers again, as hidden fields, to the two downloads;
 *   <li>{@code POST /booklet} the PDF as a download, or 503 with Retry-After when every render
 *       slot is busy and the short queue for one is full or its wait ran out, or a render overran
 *       its time;
 *   <li>{@code POST /calendar} the deadlines as a calendar file (.ics) to download;
 *   <li>at each of the three, the form again with a message next to each bad field (400), 413 for
 *       a body over the limit, 415 for a body that is not form encoding;
 *   <li>{@code GET /health} "ok", for a load balancer, or 503 when a render has been running
 *       longer than {@link WebSettings#stuckRenderLimit()};
 *   <li>HEAD wherever GET is; 405 with Allow for another method at these addresses.
 * </ul>
 *
 * <p>Stateless: no session, no cookie, no cache, nothing written to disk; what a student types
 * lives in memory for the one request and is neither logged nor kept, so any number of copies can
 * run behind a load balancer. Thread-safe; {@link #close} stops it.
 */
public final class BookletServer implements AutoCloseable {

  /** Makes one booklet; {@link Booklets#pdf} in production, something slower in tests. */
  @FunctionalInterface
  public interface Renderer {
    Booklets.Rendered render(Booklets.CheckedStudent student);
  }

  static final String RETRY_AFTER_BUSY = "2";
  static final String RETRY_AFTER_TIMEOUT = "10";
  private static final String HTML = "text/html; charset=utf-8";
  private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  private static final Logger LOG = LoggerFactory.getLogger(BookletServer.class);
  /** The methods an Allow header may list, in the order it lists them. */
  private static final List<HandlerType> ALLOWABLE = List.of(HandlerType.GET, HandlerType.HEAD,
      HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE, HandlerType.OPTIONS,
      HandlerType.TRACE);

  private final Booklets booklets;
  private final WebSettings settings;
  private final Renderer renderer;
  private final WebAssets assets;
  private final FormPage form;
  private final PlanPage planPage;
  private final RenderSlots slots;
  private final Javalin app;

  private BookletServer(Booklets booklets, WebSettings settings, Renderer renderer) {
    this.booklets = booklets;
    this.settings = settings;
    this.renderer = renderer;
    this.assets = WebAssets.load(booklets.dirs().templates());
    this.form = new FormPage(assets, booklets.languages(), Booklets.DEFAULT_LANGUAGE, booklets.school());
    this.planPage = new PlanPage(assets, booklets.school());
    this.slots = new RenderSlots(settings.renderSlots(), settings.renderTimeout(), settings.queueLength(),
        settings.queueWait(), settings.clock());
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.http.disableCompression();
      QueuedThreadPool pool = new QueuedThreadPool(settings.threads(), Math.min(8, settings.threads()), 60_000);
      pool.setName("JettyServerThreadPool"); // Javalin's name: the access log shows it
      config.jetty.threadPool = pool;
      config.jetty.modifyServer(server -> server.setRequestLog(new AccessLog()));
      config.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(settings.minBodyRate()));
      // Bodies are read without a thread and before the handlers (see BodyPrefetch), so slow clients
      // never hold the threads that /health and other students need.
      config.jetty.modifyServletContextHandler(context -> context.addFilter(
          new FilterHolder(new BodyPrefetch(settings.maxBodyBytes(), settings.bodyTimeout())), "/*",
          EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC)));
    });
    app.before(this::commonHeaders);
    page("/", this::formPage);
    page("/style.css", this::style);
    page("/health", this::health);
    app.post("/plan", this::plan);
    app.post("/booklet", this::booklet);
    app.post("/calendar", this::calendar);
    for (String path : List.of("/plan", "/booklet", "/calendar")) {
      refuseOtherMethods(path, Set.of(HandlerType.POST));
    }
    app.error(404, ctx -> message(ctx, 404, PageText::messageNotFoundTitle, PageText::messageNotFound));
    app.exception(Exception.class, (e, ctx) -> {
      logInternal(e);
      message(ctx, 500, PageText::messageErrorTitle, PageText::messageError);
    });
  }

  /** A page read with GET, and HEAD (the same headers, no body); other methods get 405. */
  private void page(String path, Handler handler) {
    app.get(path, handler);
    // Javalin answers a HEAD it has no handler for as text/plain: give it the GET handler.
    app.head(path, handler);
    refuseOtherMethods(path, Set.of(HandlerType.GET, HandlerType.HEAD));
  }

  /** 405 with Allow for every method but {@code allowed} on {@code path}. */
  private void refuseOtherMethods(String path, Set<HandlerType> allowed) {
    String allow = ALLOWABLE.stream().filter(allowed::contains).map(HandlerType::name)
        .collect(Collectors.joining(", "));
    for (HandlerType method : ALLOWABLE) {
      if (!allowed.contains(method)) {
        app.addHttpHandler(method, path, ctx -> {
          ctx.header("Allow", allow);
          message(ctx, 405, PageText::messageMethodTitle, PageText::messageMethod);
        });
      }
    }
  }

  /** Starts a server that renders with {@link Booklets#pdf}. */
  public static BookletServer start(Booklets booklets, WebSettings settings) {
    return start(booklets, settings, booklets::pdf);
  }

  /** Starts a server with its own renderer (tests use a slow one). */
  public static BookletServer start(Booklets booklets, WebSettings settings, Renderer renderer) {
    BookletServer server = new BookletServer(booklets, settings, renderer);
    // A start that fails (port in use) throws, and the caller says why in plain words; Javalin
    // would also log it with a stack trace. Its logging is on again for everything after.
    JavalinLogger.enabled = false;
    try {
      server.app.start(settings.host(), settings.port());
    } finally {
      JavalinLogger.enabled = true;
    }
    return server;
  }

  /** The port listened on (the free one picked when the settings said 0). */
  public int port() {
    return app.port();
  }

  public RenderSlots slots() {
    return slots;
  }

  @Override
  public void close() {
    app.stop();
    slots.close();
  }

  private void commonHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("Cache-Control", "no-store");
  }

  private String pageLanguage(Context ctx) {
    return form.languages().pick(ctx.queryParam("lang"), ctx.header("Accept-Language"));
  }

  private void html(Context ctx, int status, String lang, String page) {
    ctx.status(status);
    ctx.header("Content-Language", lang);
    ctx.header("Vary", "Accept-Language");
    ctx.contentType(HTML);
    ctx.result(page.getBytes(StandardCharsets.UTF_8));
  }

  private void formPage(Context ctx) {
    String lang = pageLanguage(ctx);
    html(ctx, 200, lang, form.blank(lang));
  }

  /** "ok", or 503 when a render has run past the hard limit: its slot may never come back. */
  private void health(Context ctx) {
    ctx.contentType("text/plain; charset=utf-8");
    Duration limit = settings.stuckRenderLimit();
    Optional<Duration> longest = slots.longestRunning().filter(d -> d.compareTo(limit) > 0);
    if (longest.isPresent()) {
      ctx.status(503).result(String.format(Locale.ROOT,
          "a render has been running too long: %d s (the limit is %d s); this copy may be stuck, restart it%n",
          longest.get().toSeconds(), limit.toSeconds()));
    } else {
      ctx.result("ok\n");
    }
  }

  private void style(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType("text/css; charset=utf-8");
    ctx.result(assets.style());
  }

  private void message(Context ctx, int status, Function<PageText, String> title,
      Function<PageText, String> text) {
    String lang = pageLanguage(ctx);
    PageText t = form.text(lang);
    html(ctx, status, lang, assets.message(new MessageView(lang, title.apply(t), text.apply(t),
        "/?lang=" + lang, t.backToForm())));
  }

  /**
   * The plan page. It takes no render slot: the plan and its page take under a millisecond (about
   * 0.3 ms warm on the 2-core development machine, 2026-12-06), against hundreds for a PDF.
   */
  private void plan(Context ctx) throws IOException {
    String lang = pageLanguage(ctx);
    Optional<FormAnswers> answers = checkedAnswers(ctx, lang);
    if (answers.isPresent()) {
      Booklets.CheckedStudent student = answers.get().student().orElseThrow();
      html(ctx, 200, lang, planPage.render(lang, answers.get().kept(), booklets.content(student.language()),
          booklets.plan(student), student.student()));
    }
  }

  private void booklet(Context ctx) throws IOException, InterruptedException {
    String lang = pageLanguage(ctx);
    Optional<FormAnswers> answers = checkedAnswers(ctx, lang);
    if (answers.isPresent()) {
      render(ctx, lang, answers.get(), answers.get().student().orElseThrow());
    }
  }

  /**
   * The calendar file. It takes no render slot: it is written straight from the plan as about 11 KB
   * of text in a few milliseconds (2 to 9 ms on the 2-core development machine, 2026-12-06),
   * against hundreds for a PDF, and the request's body is capped like every other.
   */
  private void calendar(Context ctx) throws IOException {
    String lang = pageLanguage(ctx);
    Optional<FormAnswers> answers = checkedAnswers(ctx, lang);
    if (answers.isPresent()) {
      Booklets.CheckedStudent student = answers.get().student().orElseThrow();
      byte[] ics = booklets.calendar(student);
      ctx.status(200);
      ctx.contentType(IcsFile.MEDIA_TYPE);
      ctx.header("Content-Disposition",
          DownloadName.contentDisposition(student.student().name(), DownloadName.Kind.CALENDAR));
      ctx.header("Content-Length", Integer.toString(ics.length));
      ctx.result(ics);
    }
  }

  /**
   * The form's answers, checked as every front end checks a student, counting from today; or empty
   * when they were refused and answered: 413, 415 or 400 for the body, or 400 with the form again
   * and a message next to each bad field.
   */
  private Optional<FormAnswers> checkedAnswers(Context ctx, String lang) throws IOException {
    Optional<FormBody.Fields> raw = readForm(ctx);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(settings.clock());
    FormAnswers answers = FormAnswers.check(raw.get(),
        new FormAnswers.Page(lang, form.text(lang), form.countries()), form.defaultBookletLanguage(lang),
        (fields, paper) -> booklets.check(fields, new Booklets.Options(paper, Optional.empty(), today,
            Booklets.Options.defaults(today).created())));
    if (!answers.ok()) {
      html(ctx, 400, lang, form.refill(lang, answers.kept(), answers.problems(), false));
      return Optional.empty();
    }
    return Optional.of(answers);
  }

  /** The form's fields, or empty when the body was refused (and answered: 413, 415 or 400). */
  private Optional<FormBody.Fields> readForm(Context ctx) throws IOException {
    if (ctx.req().getContentLengthLong() > settings.maxBodyBytes()) {
      tooLarge(ctx);
      return Optional.empty();
    }
    String type = Optional.ofNullable(ctx.header("Content-Type")).orElse("").toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/x-www-form-urlencoded")) {
      message(ctx, 415, PageText::messageUnsupportedTitle, PageText::messageUnsupported);
      return Optional.empty();
    }
    Optional<BodyPrefetch.Body> body = BodyPrefetch.body(ctx.req());
    try (InputStream in = body.isPresent() ? new ByteArrayInputStream(body.get().bytes()) : ctx.req().getInputStream()) {
      return Optional.of(FormBody.read(in, settings.maxBodyBytes(), FormPage.FIELDS));
    } catch (FormBody.TooLarge e) {
      tooLarge(ctx);
    } catch (FormBody.Malformed e) {
      message(ctx, 400, PageText::messageUnsupportedTitle, PageText::messageUnsupported);
    }
    return Optional.empty();
  }

  /** Renders in a slot: the PDF, or 503 with the answers kept when no slot is free or time ran out. */
  private void render(Context ctx, String lang, FormAnswers answers, Booklets.CheckedStudent student)
      throws InterruptedException {
    RenderSlots.Outcome<Booklets.Rendered> outcome;
    try {
      outcome = slots.run(() -> renderer.render(student));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BookletException be && be.kind() == BookletException.Kind.BAD_INPUT) {
        // The checks above should have caught it; say so next to the name rather than fail blank.
        html(ctx, 400, lang, form.refill(lang, answers.kept(),
            List.of(new FieldProblem(StudentFields.NAME, "", "cannot be printed in the booklet",
                FieldProblem.Kind.UNPRINTABLE)), false));
        return;
      }
      if (RenderMemory.ranOut(e.getCause())) {
        // The render's garbage is gone with it: the next request has the heap again. Busy, not broken.
        LOG.warn("a render ran out of memory (heap {} MiB, {} render slots): answered 503",
            Runtime.getRuntime().maxMemory() >> 20, settings.renderSlots());
        outcome = new RenderSlots.Outcome.Busy<>();
      } else {
        throw new RenderFailed(e.getCause());
      }
    }
    if (outcome instanceof RenderSlots.Outcome.Done<Booklets.Rendered> done) {
      byte[] pdf = done.value().pdf();
      ctx.status(200);
      ctx.contentType("application/pdf");
      ctx.header("Content-Disposition", DownloadName.contentDisposition(student.student().name()));
      ctx.header("Content-Length", Integer.toString(pdf.length));
      ctx.result(pdf);
    } else {
      boolean timedOut = outcome instanceof RenderSlots.Outcome.TimedOut;
      ctx.header("Retry-After", timedOut ? RETRY_AFTER_TIMEOUT : RETRY_AFTER_BUSY);
      html(ctx, 503, lang, form.refill(lang, answers.kept(), List.of(), true));
    }
  }

  private void tooLarge(Context ctx) {
    // Closing makes clear to the client that the rest of its body will not be read.
    ctx.header("Connection", "close");
    message(ctx, 413, PageText::messageTooLargeTitle, PageText::messageTooLarge);
  }

  /** A render that broke: reported as 500, logged without its message. */
  static final class RenderFailed extends RuntimeException {
    RenderFailed(Throwable cause) {
      super("render failed", cause, false, false);
    }
  }

  /**
   * Logs an internal error by exception class and stack frames only: messages are left out because
   * they may quote what the student typed.
   */
  static void logInternal(Throwable e) {
    StringBuilder trace = new StringBuilder("internal error (messages left out):");
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      trace.append("\n  ").append(t.getClass().getName());
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, 12); i++) {
        trace.append("\n    at ").append(frames[i]);
      }
    }
    LOG.error(trace.toString());
  }
}
