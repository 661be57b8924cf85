package org.departurebooklet.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.util.JavalinLogger;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.departurebooklet.Booklets;
import org.departurebooklet.calendar.IcsFile;
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
 *   <li>{@code POST /booklet} the PDF as a download, or 503 with Retry-After when every render slot
 *       is busy and the short queue for one is full or its wait ran out, or a render overran its
 *       time;
 *   <li>{@code POST /calendar} the deadlines as a calendar file (.ics) to download;
 *   <li>at each of the three, the form again with a message next to each bad field (400), 413 for a
 *       body over the limit, 415 for a body that is not form encoding;
 *   <li>{@code GET /health} "ok", for a load balancer, or 503 when a render has been running longer
 *       than {@link WebSettings#stuckRenderLimit()};
 *   <li>HEAD wherever GET is; 405 with Allow for another method at these addresses.
 * </ul>
 *
 * <p>Stateless: no session, no cookie, no cache, nothing written to disk; what a student types
 * lives in memory for the one request and is neither logged nor kept, so any number of copies can
 * run behind a load balancer. Thread-safe; {@link #close} stops it.
 *
 * <p>This class holds the routes and the small GET pages; a posted form is taken in and checked by
 * {@link PostedAnswers}, the booklet rendered in a slot by {@link BookletDownload}, and the pages
 * and downloads written by {@link PageResponses}.
 */
public final class BookletServer implements AutoCloseable {

  /** Makes one booklet; {@link Booklets#pdf} in production, something slower in tests. */
  @FunctionalInterface
  public interface Renderer {
    Booklets.Rendered render(Booklets.CheckedStudent student);
  }

  private static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self'; "
          + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  private static final Logger LOG = LoggerFactory.getLogger(BookletServer.class);

  /** The methods an Allow header may list, in the order it lists them. */
  private static final List<HandlerType> ALLOWABLE =
      List.of(
          HandlerType.GET,
          HandlerType.HEAD,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE,
          HandlerType.OPTIONS,
          HandlerType.TRACE);

  private final Booklets booklets;
  private final WebSettings settings;
  private final WebAssets assets;
  private final FormPage form;
  private final PlanPage planPage;
  private final RenderSlots slots;
  private final PageResponses responses;
  private final PostedAnswers posted;
  private final BookletDownload download;
  private final Javalin app;

  private BookletServer(Booklets booklets, WebSettings settings, Renderer renderer) {
    this.booklets = booklets;
    this.settings = settings;
    this.assets = WebAssets.load(booklets.dirs().templates());
    this.form =
        new FormPage(assets, booklets.languages(), Booklets.DEFAULT_LANGUAGE, booklets.school());
    this.planPage = new PlanPage(assets, booklets.school());
    this.slots =
        new RenderSlots(
            settings.renderSlots(),
            settings.renderTimeout(),
            settings.queueLength(),
            settings.queueWait(),
            settings.clock());
    this.responses = new PageResponses(form, assets);
    this.posted = new PostedAnswers(booklets, settings, form, responses);
    this.download = new BookletDownload(renderer, slots, settings, form, responses);
    this.app = Javalin.create(config -> configure(config, settings));
    routes();
  }

  /** Jetty's threads, limits and request log. */
  private static void configure(JavalinConfig config, WebSettings settings) {
    config.showJavalinBanner = false;
    config.http.maxRequestSize = settings.maxBodyBytes();
    config.http.disableCompression();
    QueuedThreadPool pool =
        new QueuedThreadPool(settings.threads(), Math.min(8, settings.threads()), 60_000);
    pool.setName("JettyServerThreadPool"); // Javalin's name: the access log shows it
    config.jetty.threadPool = pool;
    config.jetty.modifyServer(server -> server.setRequestLog(new AccessLog()));
    config.jetty.modifyHttpConfiguration(
        http -> http.setMinRequestDataRate(settings.minBodyRate()));
    // Bodies are read without a thread and before the handlers (see BodyPrefetch), so slow clients
    // never hold the threads that /health and other students need.
    config.jetty.modifyServletContextHandler(
        context ->
            context.addFilter(
                new FilterHolder(new BodyPrefetch(settings.maxBodyBytes(), settings.bodyTimeout())),
                "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC)));
  }

  /** The addresses, their methods, and the answers to errors. */
  private void routes() {
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
    app.error(
        404,
        ctx ->
            responses.message(ctx, 404, PageText::messageNotFoundTitle, PageText::messageNotFound));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          logInternal(e);
          responses.message(ctx, 500, PageText::messageErrorTitle, PageText::messageError);
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
    String allow =
        ALLOWABLE.stream()
            .filter(allowed::contains)
            .map(HandlerType::name)
            .collect(Collectors.joining(", "));
    for (HandlerType method : ALLOWABLE) {
      if (!allowed.contains(method)) {
        app.addHttpHandler(
            method,
            path,
            ctx -> {
              ctx.header("Allow", allow);
              responses.message(ctx, 405, PageText::messageMethodTitle, PageText::messageMethod);
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

  private void formPage(Context ctx) {
    String lang = responses.language(ctx);
    responses.html(ctx, 200, lang, form.blank(lang));
  }

  /** "ok", or 503 when a render has run past the hard limit: its slot may never come back. */
  private void health(Context ctx) {
    ctx.contentType("text/plain; charset=utf-8");
    Duration limit = settings.stuckRenderLimit();
    Optional<Duration> longest = slots.longestRunning().filter(d -> d.compareTo(limit) > 0);
    if (longest.isPresent()) {
      ctx.status(503)
          .result(
              String.format(
                  Locale.ROOT,
                  "a render has been running too long: %d s (the limit is %d s); this copy may be stuck, restart it%n",
                  longest.get().toSeconds(),
                  limit.toSeconds()));
    } else {
      ctx.result("ok\n");
    }
  }

  private void style(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType("text/css; charset=utf-8");
    ctx.result(assets.style());
  }

  /**
   * The plan page. It takes no render slot: the plan and its page take under a millisecond (about
   * 0.3 ms warm on the 2-core development machine, 2026-12-06), against hundreds for a PDF.
   */
  private void plan(Context ctx) throws IOException {
    String lang = responses.language(ctx);
    Optional<FormAnswers> answers = posted.read(ctx, lang);
    if (answers.isPresent()) {
      Booklets.CheckedStudent student = answers.get().student().orElseThrow();
      responses.html(
          ctx,
          200,
          lang,
          planPage.render(
              lang,
              answers.get().kept(),
              booklets.content(student.language()),
              booklets.plan(student),
              student.student()));
    }
  }

  private void booklet(Context ctx) throws IOException, InterruptedException {
    String lang = responses.language(ctx);
    Optional<FormAnswers> answers = posted.read(ctx, lang);
    if (answers.isPresent()) {
      download.send(ctx, lang, answers.get());
    }
  }

  /**
   * The calendar file. It takes no render slot: it is written straight from the plan as about 11 KB
   * of text in a few milliseconds (2 to 9 ms on the 2-core development machine, 2026-12-06),
   * against hundreds for a PDF, and the request's body is capped like every other.
   */
  private void calendar(Context ctx) throws IOException {
    String lang = responses.language(ctx);
    Optional<FormAnswers> answers = posted.read(ctx, lang);
    if (answers.isPresent()) {
      Booklets.CheckedStudent student = answers.get().student().orElseThrow();
      PageResponses.download(
          ctx,
          IcsFile.MEDIA_TYPE,
          DownloadName.contentDisposition(student.student().name(), DownloadName.Kind.CALENDAR),
          booklets.calendar(student));
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
