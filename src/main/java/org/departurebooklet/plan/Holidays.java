package org.departurebooklet.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.departurebooklet.BookletException;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.io.IoProblems;

/**
 * Japan's national holidays, read from a list in the Cabinet Office's own CSV format
 * (syukujitsu.csv): the header {@value #HEADER}, then one row per holiday such as {@code
 * 2027/3/22,休日}. Substitute holidays (振替休日) and citizens' holidays (国民の休日) are rows like any other
 * (the official list names both {@code 休日}); nothing is computed here.
 *
 * <p>The packaged copy, content/holidays.csv, covers 2025 to 2028. Its 2028 equinox days (20 March
 * and 22 September) are computed, provisional ones: the official dates are announced in February
 * 2027. Every February the Cabinet Office publishes the list for the next year; a school replaces
 * the file with the official syukujitsu.csv as downloaded (Shift_JIS) and the covered years follow
 * it. The years covered are the whole years the file lists, from {@link #firstYear()} to {@link
 * #lastYear()}; each must list 1 January, so a missing or cut-short year is refused.
 *
 * <p>Read as UTF-8 (with or without a byte-order mark) or, when the bytes are not UTF-8, as
 * Shift_JIS (CP932). The file is at most 64 KiB. Every bad line is reported at once with the file,
 * its line number and what is accepted. Immutable and thread-safe.
 */
public final class Holidays {

  /** The list's name in a content folder. */
  public static final String FILE_NAME = "holidays.csv";

  /** The header row of the Cabinet Office's syukujitsu.csv. */
  public static final String HEADER = "国民の祝日・休日月日,国民の祝日・休日名称";

  /** The largest file read: the official list since 1955 is about 20 KB. */
  public static final int MAX_BYTES = 64 * 1024;

  private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
  private static final Pattern DATE = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final String ACCEPTED_ROW =
      "use DATE,NAME with the date as YYYY/M/D, e.g. 2027/3/22,休日";
  private static final int MAX_NAME = 40;
  private static final int MAX_REPORTED = 30;

  private final String source;
  private final Map<LocalDate, String> names;
  private final int firstYear;
  private final int lastYear;

  private Holidays(String source, Map<LocalDate, String> names) {
    this.source = source;
    this.names = Map.copyOf(names);
    this.firstYear = names.keySet().stream().mapToInt(LocalDate::getYear).min().orElseThrow();
    this.lastYear = names.keySet().stream().mapToInt(LocalDate::getYear).max().orElseThrow();
  }

  /** The list packed with the program: content/holidays.csv. */
  public static Holidays packaged() {
    return load(AssetDirs.packaged().content().resolve(FILE_NAME));
  }

  /** Reads a holiday list, failing with every problem it has. */
  public static Holidays load(Path file) {
    String label = label(file);
    String text = decode(label, read(file, label));
    return parse(label, text);
  }

  /** How messages name the list: {@code content/holidays.csv}, or the path of a school's copy. */
  public String source() {
    return source;
  }

  public boolean isHoliday(LocalDate date) {
    return names.containsKey(date);
  }

  /** The holiday's name as the list writes it, e.g. {@code 春分の日}; empty on other days. */
  public Optional<String> name(LocalDate date) {
    return Optional.ofNullable(names.get(date));
  }

  /** The first year the list covers whole. */
  public int firstYear() {
    return firstYear;
  }

  /** The last year the list covers whole. */
  public int lastYear() {
    return lastYear;
  }

  /**
   * Whether the list covers {@code date}'s year, so a day not listed is known not to be a holiday.
   */
  public boolean covers(LocalDate date) {
    return date.getYear() >= firstYear && date.getYear() <= lastYear;
  }

  private static String label(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    return dir == null ? file.toString() : AssetDirs.contentLabel(dir) + file.getFileName();
  }

  private static byte[] read(Path file, String label) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw BookletException.badInput(
            label
                + ": larger than "
                + MAX_BYTES / 1024
                + " KiB; a holiday"
                + " list is a few kilobytes (the Cabinet Office's syukujitsu.csv is about 20 KB)");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "missing holiday list " + file.getFileName() + " (looked for " + file.toUri() + ")",
          e);
    } catch (IOException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          label + ": cannot be read: " + IoProblems.reason(e),
          e);
    }
  }

  private static String decode(String label, byte[] bytes) {
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF;
    byte[] body = bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    Optional<String> text = strict(body, StandardCharsets.UTF_8);
    if (text.isEmpty() && !bom) {
      text = strict(body, SHIFT_JIS);
    }
    return text.orElseThrow(
        () ->
            BookletException.badInput(
                label
                    + ": not UTF-8"
                    + (bom
                        ? " although it starts with a UTF-8 byte-order mark"
                        : " nor Shift_JIS (CP932)")
                    + "; save it in one of these encodings"));
  }

  private static Optional<String> strict(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException notThisCharset) {
      return Optional.empty();
    }
  }

  private static Holidays parse(String label, String text) {
    String[] lines = text.split("\r\n|\n|\r", -1);
    List<String> problems = new ArrayList<>();
    if (!lines[0].strip().equals(HEADER)) {
      problems.add(
          label
              + " line 1: the header must be "
              + HEADER
              + " (as in the Cabinet Office's"
              + " syukujitsu.csv), found \""
              + shorten(lines[0])
              + "\"");
    }
    Map<LocalDate, String> names = new HashMap<>();
    Map<LocalDate, Integer> lineOf = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String where = label + " line " + (i + 1) + ": ";
      Optional<String> problem = row(lines[i], i + 1, names, lineOf);
      problem.ifPresent(p -> problems.add(where + p));
    }
    if (names.isEmpty()) {
      problems.add(label + ": lists no holidays (" + ACCEPTED_ROW + ", one row per holiday)");
    } else {
      problems.addAll(wholeYears(label, names));
    }
    if (!problems.isEmpty()) {
      throw failure(label, problems);
    }
    return new Holidays(label, names);
  }

  /** Adds one row to the list, or says what is wrong with it. */
  private static Optional<String> row(
      String line, int number, Map<LocalDate, String> names, Map<LocalDate, Integer> lineOf) {
    String[] fields = line.split(",", -1);
    if (fields.length != 2) {
      return Optional.of(
          "\""
              + shorten(line)
              + "\" has "
              + fields.length
              + " field(s), not 2 ("
              + ACCEPTED_ROW
              + ")");
    }
    String dateText = fields[0].strip();
    String name = fields[1].strip();
    Matcher m = DATE.matcher(dateText);
    if (!m.matches()) {
      return Optional.of("\"" + shorten(dateText) + "\" is not a date (" + ACCEPTED_ROW + ")");
    }
    LocalDate date;
    try {
      date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
    } catch (DateTimeException noSuchDay) {
      return Optional.of(
          "\"" + dateText + "\" is not a date: there is no such day (" + ACCEPTED_ROW + ")");
    }
    if (name.isEmpty()
        || name.length() > MAX_NAME
        || name.chars().anyMatch(Character::isISOControl)) {
      return Optional.of(
          "the holiday name \""
              + shorten(name)
              + "\" must be 1 to "
              + MAX_NAME
              + " characters of text ("
              + ACCEPTED_ROW
              + ")");
    }
    Integer first = lineOf.putIfAbsent(date, number);
    if (first != null) {
      return Optional.of(
          dateText + " is listed twice (first on line " + first + "); list each day once");
    }
    names.put(date, name);
    return Optional.empty();
  }

  /**
   * Each year from the first to the last must list 1 January: a year without it is missing or cut
   * short.
   */
  private static List<String> wholeYears(String label, Map<LocalDate, String> names) {
    int first = names.keySet().stream().mapToInt(LocalDate::getYear).min().orElseThrow();
    int last = names.keySet().stream().mapToInt(LocalDate::getYear).max().orElseThrow();
    List<String> problems = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      if (!names.containsKey(LocalDate.of(year, 1, 1))) {
        problems.add(
            label
                + ": "
                + year
                + ": 1 January (元日) is not listed; the list must give every"
                + " year from "
                + first
                + " to "
                + last
                + " whole, starting with "
                + year
                + "/1/1,元日");
      }
    }
    return problems;
  }

  private static BookletException failure(String label, List<String> problems) {
    String nl = System.lineSeparator();
    StringBuilder message =
        new StringBuilder(
            label
                + " has "
                + problems.size()
                + " problem(s); it must be in the format of the Cabinet Office's syukujitsu.csv:"
                + nl);
    problems.stream().limit(MAX_REPORTED).forEach(p -> message.append(p).append(nl));
    if (problems.size() > MAX_REPORTED) {
      message.append("... and ").append(problems.size() - MAX_REPORTED).append(" more").append(nl);
    }
    return BookletException.badInput(message.toString().strip());
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
