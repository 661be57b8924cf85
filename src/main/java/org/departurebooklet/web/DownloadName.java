package org.departurebooklet.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.departurebooklet.model.CleanText;

/**
 * The Content-Disposition of a download (the booklet, the calendar file): a plain ASCII {@code
 * filename} made from the student's name (accents dropped, anything else turned into hyphens) for
 * old clients, and an RFC 5987 {@code filename*} with the name as typed, percent-encoded. Neither
 * can hold a path separator, a quote or a control character. Stateless and thread-safe.
 */
public final class DownloadName {

  /**
   * What is downloaded: the end of its file name, and the whole name when the student's gives
   * nothing.
   */
  public enum Kind {
    BOOKLET("-departure-booklet.pdf", "departure-booklet.pdf"),
    CALENDAR("-deadlines.ics", "deadlines.ics");

    final String suffix;
    final String fallback;

    Kind(String suffix, String fallback) {
      this.suffix = suffix;
      this.fallback = fallback;
    }
  }

  static final String FALLBACK = Kind.BOOKLET.fallback;
  private static final int MAX_BASE = 60;

  private DownloadName() {}

  /** The booklet's. */
  public static String contentDisposition(String name) {
    return contentDisposition(name, Kind.BOOKLET);
  }

  public static String contentDisposition(String name, Kind kind) {
    return "attachment; filename=\""
        + ascii(name, kind)
        + "\"; filename*=UTF-8''"
        + encode(unicode(name, kind));
  }

  static String ascii(String name) {
    return ascii(name, Kind.BOOKLET);
  }

  static String unicode(String name) {
    return unicode(name, Kind.BOOKLET);
  }

  /**
   * e.g. {@code Le-Thi-Hong-Nhung-departure-booklet.pdf}; the kind's fallback if nothing is left.
   */
  static String ascii(String name, Kind kind) {
    String cleaned = CleanText.clean(name == null ? "" : name);
    String plain =
        Normalizer.normalize(
                cleaned
                    .replace('đ', 'd')
                    .replace('Đ', 'D')
                    .replace('ø', 'o')
                    .replace('Ø', 'O')
                    .replace('ß', 's')
                    .replace('ł', 'l')
                    .replace('Ł', 'L'),
                Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    String base = plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (base.length() > MAX_BASE) {
      base = base.substring(0, MAX_BASE).replaceAll("-+$", "");
    }
    return base.isEmpty() ? kind.fallback : base + kind.suffix;
  }

  /** The name as typed, minus what could act as a path or break the header; spaces as hyphens. */
  static String unicode(String name, Kind kind) {
    String cleaned = CleanText.clean(name == null ? "" : name);
    StringBuilder out = new StringBuilder();
    cleaned
        .codePoints()
        .limit(MAX_BASE)
        .forEach(
            cp -> {
              boolean unsafe =
                  cp < 0x20
                      || cp == 0x7f
                      || "/\\:*?\"<>|%;,'`".indexOf(cp) >= 0
                      || Character.isWhitespace(cp)
                      || Character.isSpaceChar(cp);
              out.appendCodePoint(unsafe ? '-' : cp);
            });
    String base = out.toString().replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
    return base.isEmpty() ? kind.fallback : base + kind.suffix;
  }

  /** RFC 5987 value characters: everything but attr-char is percent-encoded from UTF-8. */
  static String encode(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }
}
