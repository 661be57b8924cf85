package org.departurebooklet.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules every link in content must follow before it is printed or QR-coded: {@code https://}
 * only, a host that belongs to the named service or official body, no tracking parameters, short
 * enough for a coarse QR code. Stateless and thread-safe.
 */
public final class Links {

  /** Longer links make QR codes too fine to scan from paper. */
  public static final int MAX_LENGTH = 84;

  /**
   * The longest address (as {@link #display} prints it) a person types from paper: kamome.asia,
   * www.linkedin.com, studyinjapan.go.jp/en/faq/after. A longer one is printed as its site and the
   * words that find the page there (see {@link #site}).
   */
  public static final int TYPABLE_LENGTH = 32;

  private static final Pattern TRACKING =
      Pattern.compile(
          "(?i)^(utm_[a-z_]*|gclid|gclsrc|gbraid|wbraid|gad_[a-z_]*|fbclid|msclkid|dclid|yclid|ttclid|twclid"
              + "|li_fat_id|mc_cid|mc_eid|_ga|_gl|igshid|ref_src|_hsenc|_hsmi|hsa_[a-z_]*|mkt_tok|srsltid"
              + "|s_kwcid|ef_id|irclickid|rb_clickid|epik|oly_anon_id|oly_enc_id|vero_id|sc_cid|_openstat)$");

  private Links() {}

  /**
   * What is wrong with a link, one phrase each; empty when it is fine.
   *
   * @param expectedHost the registrable host the link must belong to, e.g. {@code isa.go.jp}
   */
  public static List<String> problems(String url, String expectedHost) {
    List<String> problems = new ArrayList<>();
    if (url == null || url.isBlank()) {
      problems.add("is missing");
      return problems;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      problems.add("\"" + url + "\" is not a valid link (" + e.getReason() + ")");
      return problems;
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      problems.add(
          "\""
              + url
              + "\" must start with https:// (other schemes such as http:, javascript: or data: are refused)");
      return problems;
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    String expected = expectedHost == null ? "" : expectedHost.toLowerCase(Locale.ROOT);
    if (expected.isEmpty()) {
      problems.add(
          "\""
              + url
              + "\" has no expected host to check it against (add the host the link must belong to)");
    } else if (!expected.contains(".") || expected.startsWith(".") || expected.endsWith(".")) {
      problems.add(
          "\""
              + url
              + "\" is checked against \""
              + expectedHost
              + "\", which is not a host name "
              + "(give the service's own domain, such as isa.go.jp or linkedin.com)");
    } else if (!(host.equals(expected) || host.endsWith("." + expected))) {
      problems.add("\"" + url + "\" points to " + host + ", which does not belong to " + expected);
    }
    if (uri.getUserInfo() != null || uri.getPort() != -1) {
      problems.add("\"" + url + "\" must not carry a user name or port");
    }
    // Trackers ride in the query, and some in the fragment (#utm_source=..., #/jobs?gclid=...);
    // pairs may be split by ; as well as &, and names may be percent-encoded (utm%5Fsource).
    String fragment = uri.getRawFragment();
    if (fragment != null && fragment.contains("?")) {
      fragment = fragment.substring(fragment.indexOf('?') + 1);
    }
    for (String part : new String[] {uri.getRawQuery(), fragment}) {
      if (part == null) {
        continue;
      }
      for (String pair : part.split("[&;]")) {
        String raw = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        String name;
        try {
          name = URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          name = raw;
        }
        if (TRACKING.matcher(name).matches()) {
          problems.add(
              "\"" + shorten(url) + "\" carries the tracking parameter " + name + " (remove it)");
        }
      }
    }
    if (url.length() > MAX_LENGTH) {
      problems.add(
          "\""
              + shorten(url)
              + "\" is longer than "
              + MAX_LENGTH
              + " characters (its QR code would be too fine to scan)");
    }
    return problems;
  }

  /** A link's host, lower case; empty when it has none (then {@link #problems} says why). */
  public static String hostOf(String url) {
    try {
      String host = new URI(url).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return "";
    }
  }

  /** The link as printed beside its QR code: without the scheme and a trailing slash. */
  public static String display(String url) {
    String s = url.replaceFirst("^https://", "");
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * Whether a person can type the link as printed: {@link #display} at most {@link #TYPABLE_LENGTH}
   * characters.
   */
  public static boolean typable(String url) {
    return display(url).length() <= TYPABLE_LENGTH;
  }

  /**
   * The site to type for a link too long to type: its host without "www.", which a browser or the
   * site finds without it ({@code nenkin.go.jp}); empty when it has none.
   */
  public static String site(String url) {
    String host = hostOf(url);
    return host.startsWith("www.") ? host.substring("www.".length()) : host;
  }

  private static String shorten(String url) {
    return url.length() <= 60 ? url : url.substring(0, 57) + "...";
  }
}
