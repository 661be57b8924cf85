package org.departurebooklet.web;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request with only method, path, status, time and size, e.g. {@code POST /booklet
 * 200 412ms 318204B}: no query string, no headers, no client address, nothing the student typed.
 *
 * <p>A Jetty request log rather than Javalin's request logger: Jetty calls it once the response is
 * complete, so the size is the bytes really sent, and it also sees the answers Jetty gives on its
 * own (a malformed request, headers too large) that never reach Javalin. Thread-safe.
 */
final class AccessLog implements RequestLog {

  static final String LOGGER = "booklet.access";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  @Override
  public void log(Request request, Response response) {
    long ms = Math.max(0, System.currentTimeMillis() - request.getTimeStamp());
    long bytes = response.getHttpChannel().getBytesWritten();
    LOG.info(
        "{} {} {} {}ms {}B",
        request.getMethod(),
        path(request.getRequestURI()),
        response.getCommittedMetaData() == null
            ? response.getStatus()
            : response.getCommittedMetaData().getStatus(),
        ms,
        bytes);
  }

  /**
   * The path alone, cut short and kept to printable ASCII so a crafted URL cannot forge log lines.
   */
  static String path(String uri) {
    if (uri == null) {
      return "-";
    }
    String p = uri.length() > 100 ? uri.substring(0, 100) + "..." : uri;
    return p.replaceAll("[^\\x21-\\x7e]", "?");
  }
}
