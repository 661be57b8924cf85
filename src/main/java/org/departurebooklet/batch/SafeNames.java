package org.departurebooklet.batch;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.departurebooklet.model.CleanText;

/**
 * Gives each booklet a file name that is safe on every file system (Linux, Windows, macOS, ZIP
 * readers) and unique among the names given so far, even for students with the same name and on
 * case-insensitive disks.
 *
 * <p>From the student id and name it keeps letters, digits and combining marks of any script,
 * {@code -} and single dots; everything else (separators, {@code ..}, control, bidi and zero-width
 * characters, spaces, {@code :*?"<>|,}) becomes {@code _}. Names Windows reserves ({@code CON},
 * {@code NUL}, {@code COM1}...) get a leading {@code _}; the name is cut to {@value #MAX_BYTES}
 * bytes of UTF-8 on a character boundary. Not thread-safe: one per batch, called in roster order so
 * the same roster always gives the same names.
 */
public final class SafeNames {

  /** The most UTF-8 bytes of a name before its uniqueness suffix and extension. */
  public static final int MAX_BYTES = 100;

  private static final Pattern RESERVED =
      Pattern.compile(
          "(CON|PRN|AUX|NUL|CLOCK\\$|CONIN\\$|CONOUT\\$|(COM|LPT)[0-9\u00b9\u00b2\u00b3])",
          Pattern.CASE_INSENSITIVE);

  private final Set<String> taken = new HashSet<>();

  /**
   * A new unique name (without extension) for a student.
   *
   * @param studentId the school's id, if any
   * @param name the student's name
   */
  public String next(Optional<String> studentId, String name) {
    String base = base(studentId, name);
    String candidate = base;
    for (int n = 2; !taken.add(key(candidate)); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  /** The safe form of id and name, before it is made unique. */
  static String base(Optional<String> studentId, String name) {
    StringBuilder joined = new StringBuilder();
    studentId.map(SafeNames::safePart).filter(s -> !s.isEmpty()).ifPresent(joined::append);
    String safeName = safePart(name);
    if (!safeName.isEmpty()) {
      if (joined.length() > 0) {
        joined.append('_');
      }
      joined.append(safeName);
    }
    String cut = trimEnds(limit(joined.toString(), MAX_BYTES));
    if (cut.isEmpty()) {
      cut = "student";
    }
    String stem = cut.contains(".") ? cut.substring(0, cut.indexOf('.')) : cut;
    if (RESERVED.matcher(stem).matches()) {
      cut = "_" + cut;
    }
    return cut;
  }

  private static String safePart(String raw) {
    String clean = CleanText.clean(raw == null ? "" : raw);
    String nfc = Normalizer.normalize(clean, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      char last = out.length() == 0 ? '_' : out.charAt(out.length() - 1);
      if (Character.isLetterOrDigit(cp) || isMark(cp) || cp == '-') {
        out.appendCodePoint(cp);
      } else if (cp == '.') {
        if (last != '.' && last != '_') {
          out.append('.');
        }
      } else if (last != '_' && last != '.') {
        out.append('_');
      }
    }
    return trimEnds(out.toString());
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** Drops dots, underscores and hyphens at either end (Windows drops a trailing dot itself). */
  private static String trimEnds(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && "._-".indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && "._-".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  /** The longest prefix of whole characters that fits in {@code maxBytes} of UTF-8. */
  static String limit(String s, int maxBytes) {
    int bytes = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > maxBytes) {
        break;
      }
      bytes += size;
      i += Character.charCount(cp);
    }
    // do not leave a base letter's combining marks behind half-cut: drop trailing marks too
    while (i > 0 && i < s.length() && isMark(s.codePointAt(i))) {
      i = s.offsetByCodePoints(i, -1);
    }
    return s.substring(0, i);
  }

  /** Case-insensitive disks (Windows, macOS) see "Anna" and "ANNA" as one file. */
  private static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
