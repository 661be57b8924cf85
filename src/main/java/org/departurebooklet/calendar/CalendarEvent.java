package org.departurebooklet.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.departurebooklet.io.Digests;

/**
 * One all-day event in a calendar file: something to be done by {@code day}, with an optional
 * reminder at 09:00 local time on {@code remindOn}.
 *
 * <p>Google Calendar drops reminders ({@code VALARM}) when it imports a file, so a caller that
 * wants every student to see the reminder writes it into {@code description} too ("Reminder: Thu 1
 * Apr, a few days before"); this record does not add it.
 *
 * <p>Invalid values are a mistake of the calling code, not of a user, so the constructor throws
 * {@link IllegalArgumentException} naming the event and the value. Immutable and thread-safe.
 *
 * @param uid stable identifier; make it with {@link #stableUid(String...)} so that importing the
 *     file again updates the event instead of adding a second one
 * @param day the day it must be done by; the event covers this whole day
 * @param summary the title, one line
 * @param description the body; may hold line breaks ({@code \n}); may be empty
 * @param url an absolute http or https address, such as the official page of the procedure
 * @param remindOn the day of the reminder, on or before {@code day}
 */
public record CalendarEvent(
    String uid,
    LocalDate day,
    String summary,
    String description,
    Optional<String> url,
    Optional<LocalDate> remindOn) {

  /** The domain part of every UID this tool makes (RFC 5545 3.8.4.7 recommends one). */
  public static final String UID_DOMAIN = "departurebooklet";

  private static final int UID_HEX_DIGITS = 32;

  public CalendarEvent {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(remindOn, "remindOn");
    if (uid.isBlank() || !uid.chars().allMatch(c -> c > ' ' && c < 0x7F)) {
      throw new IllegalArgumentException(
          "calendar event uid \""
              + uid
              + "\" must be printable ASCII without spaces (use CalendarEvent.stableUid(...))");
    }
    requireText(uid, "summary", summary, false);
    if (summary.isBlank()) {
      throw new IllegalArgumentException(
          "calendar event " + uid + ": summary is blank; it needs a title");
    }
    requireText(uid, "description", description, true);
    url.ifPresent(address -> requireWebAddress(uid, address));
    remindOn.ifPresent(
        remind -> {
          if (remind.isAfter(day)) {
            throw new IllegalArgumentException(
                "calendar event "
                    + uid
                    + ": reminder on "
                    + remind
                    + " comes after the day "
                    + day
                    + "; a reminder must be on or before the day");
          }
        });
  }

  /**
   * A stable UID from what identifies the event, such as a student and a step: the same parts
   * always give the same UID, other parts another one. Pass only what does not change when a date
   * moves (not the date itself), so that a corrected file updates the events already imported.
   *
   * @return the first 128 bits of the SHA-256 of the parts in hex, then {@code @departurebooklet}
   */
  public static String stableUid(String... parts) {
    if (parts.length == 0) {
      throw new IllegalArgumentException("a calendar event uid needs at least one part");
    }
    MessageDigest digest = Digests.sha256();
    for (String part : parts) {
      byte[] bytes = Objects.requireNonNull(part, "uid part").getBytes(StandardCharsets.UTF_8);
      // the length before each part, so ("ab", "c") and ("a", "bc") differ
      digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
      digest.update(bytes);
    }
    String hex = HexFormat.of().formatHex(digest.digest());
    return hex.substring(0, UID_HEX_DIGITS) + "@" + UID_DOMAIN;
  }

  /**
   * Text may hold tabs and, where allowed, line breaks, but no other control character (RFC 5545
   * 3.3.11) and no unpaired surrogate, which has no UTF-8 form.
   */
  private static void requireText(String uid, String field, String text, boolean lineBreaks) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean control = (c < ' ' && c != '\t' && !(lineBreaks && c == '\n')) || c == 0x7F;
      boolean unpaired = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
      if (control || unpaired) {
        throw new IllegalArgumentException(
            String.format(
                "calendar event %s: %s has U+%04X at index %d; text may hold tabs%s but no other control"
                    + " character or unpaired surrogate",
                uid, field, c, i, lineBreaks ? " and line breaks (\\n)" : ""));
      }
      i += Character.charCount(c);
    }
  }

  private static void requireWebAddress(String uid, String address) {
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "calendar event "
                + uid
                + ": url \""
                + address
                + "\" is not an absolute http or https address");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "calendar event "
              + uid
              + ": url \""
              + address
              + "\" is not a valid address: "
              + e.getReason(),
          e);
    }
  }
}
