package org.departurebooklet.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Writes the server's answers into a request's context: a page in the language the request asks
 * for, a message page for an error status (404, 405, 413, 415, 500, and 400 for a body that is not
 * a form), and a file to download. Immutable and thread-safe: it holds the server's form page and
 * compiled templates, both thread-safe.
 */
final class PageResponses {

  private static final String HTML = "text/html; charset=utf-8";

  private final FormPage form;
  private final WebAssets assets;

  PageResponses(FormPage form, WebAssets assets) {
    this.form = form;
    this.assets = assets;
  }

  /** The page language: that of {@code ?lang=}, else the best of Accept-Language. */
  String language(Context ctx) {
    return form.languages().pick(ctx.queryParam("lang"), ctx.header("Accept-Language"));
  }

  /** An HTML page in {@code lang}, which varies with Accept-Language. */
  void html(Context ctx, int status, String lang, String page) {
    ctx.status(status);
    ctx.header("Content-Language", lang);
    ctx.header("Vary", "Accept-Language");
    ctx.contentType(HTML);
    ctx.result(page.getBytes(StandardCharsets.UTF_8));
  }

  /** A message page: a title, a sentence and a link back to the form, in the page language. */
  void message(
      Context ctx, int status, Function<PageText, String> title, Function<PageText, String> text) {
    String lang = language(ctx);
    PageText t = form.text(lang);
    html(
        ctx,
        status,
        lang,
        assets.message(
            new MessageView(
                lang, title.apply(t), text.apply(t), "/?lang=" + lang, t.backToForm())));
  }

  /** 413 for a body over the limit. */
  void tooLarge(Context ctx) {
    // Closing makes clear to the client that the rest of its body will not be read.
    ctx.header("Connection", "close");
    message(ctx, 413, PageText::messageTooLargeTitle, PageText::messageTooLarge);
  }

  /**
   * A file to download.
   *
   * @param type its media type
   * @param disposition the Content-Disposition header, naming the file (see {@link DownloadName})
   */
  static void download(Context ctx, String type, String disposition, byte[] file) {
    ctx.status(200);
    ctx.contentType(type);
    ctx.header("Content-Disposition", disposition);
    ctx.header("Content-Length", Integer.toString(file.length));
    ctx.result(file);
  }
}
