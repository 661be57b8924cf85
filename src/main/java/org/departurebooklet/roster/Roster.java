package org.departurebooklet.roster;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.departurebooklet.BookletException;
import org.departurebooklet.io.BoundedFiles;
import org.departurebooklet.io.IoProblems;
import org.departurebooklet.io.StrictUtf8;
import org.departurebooklet.model.CleanText;
import org.departurebooklet.model.StudentFields;

/**
 * A class roster: a CSV file whose header row names the student fields ({@code
 * student_id,name,graduation_date,...}), read one row at a time so a roster of any size takes the
 * same memory. Takes the file as spreadsheets save it: UTF-8 with or without a BOM, or Shift_JIS
 * (CP932) from Excel on Japanese Windows, detected when the bytes are not UTF-8; CRLF or LF; quoted
 * values with commas and line breaks; blank lines; spaces around values.
 *
 * <p>Problems with the file as a whole (missing, undecodable, broken quoting, a header without the
 * required columns) are thrown as {@link BookletException}; problems with a row's values are left
 * to {@link StudentFields#parse}. Not thread-safe: one reader per roster, iterated once.
 */
public final class Roster implements Closeable, Iterable<RosterRow> {

  /** Columns without which no row can make a booklet. */
  public static final List<String> REQUIRED =
      List.of(
          StudentFields.NAME,
          StudentFields.GRADUATION_DATE,
          StudentFields.DEPARTURE_DATE,
          StudentFields.PLAN,
          StudentFields.DESTINATION);

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          .get(); // values are trimmed here, after their line breaks are counted (see startLine)

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * Larger files are not rosters: some 200,000 students at 150 bytes a row. A bound, because a
   * roster is read while it streams (it is never held whole), and an unclosed quote would otherwise
   * gather a file of any size into one value.
   */
  public static final long MAX_BYTES = 32L * 1024 * 1024;

  private final Path file;
  private final String label;
  private final Charset charset;
  private final boolean encodingNamed;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<Integer, String> columns = new HashMap<>();
  private final List<String> unknownColumns = new ArrayList<>();
  private final long headerLine;
  private int headerSize;
  private int nextIndex;
  private boolean iterated;

  private Roster(Path file, Charset charset, boolean encodingNamed) throws IOException {
    this.file = file;
    this.label = String.valueOf(file.getFileName());
    this.charset = charset;
    this.encodingNamed = encodingNamed;
    this.parser = CSVParser.builder().setReader(reader(file, charset)).setFormat(FORMAT).get();
    this.records = parser.iterator();
    CSVRecord header = nextNonBlank();
    if (header == null) {
      close();
      throw BookletException.badInput(
          label
              + ": is empty (the first line names the columns: "
              + String.join(",", StudentFields.ALL)
              + ")");
    }
    this.headerLine = startLine(header);
    readHeader(header);
  }

  /**
   * Opens a roster.
   *
   * @param encoding the encoding the user named, or empty to detect UTF-8 or Shift_JIS
   */
  public static Roster open(Path file, Optional<Charset> encoding) {
    return open(file, encoding.orElseGet(() -> detect(file)), encoding.isPresent());
  }

  /**
   * Opens a roster in a known encoding.
   *
   * @param named whether the user named {@code charset} (with --encoding) or it was detected, for
   *     messages
   */
  public static Roster open(Path file, Charset charset, boolean named) {
    try {
      return new Roster(file, charset, named);
    } catch (UncheckedIOException e) {
      throw problem(file, charset, named, -1, e.getCause());
    } catch (IOException e) {
      throw problem(file, charset, named, -1, e);
    }
  }

  /** UTF-8 if the file has a UTF-8 byte-order mark or is valid UTF-8 throughout, else Shift_JIS. */
  public static Charset detect(Path file) {
    try (InputStream in = new BufferedInputStream(BoundedFiles.openRegular(file, MAX_BYTES))) {
      in.mark(3);
      byte[] start = in.readNBytes(3);
      if (Arrays.equals(start, BOM)) {
        return RosterEncoding.UTF_8;
      }
      in.reset();
      Reader strict = new InputStreamReader(in, StrictUtf8.decoder());
      char[] buffer = new char[8192];
      while (strict.read(buffer) >= 0) {
        // reading is the check
      }
      return RosterEncoding.UTF_8;
    } catch (CharacterCodingException e) {
      return RosterEncoding.SHIFT_JIS;
    } catch (IOException e) {
      throw problem(file, RosterEncoding.UTF_8, false, -1, e);
    }
  }

  /** Counts the data rows (a full read, which also finds any problem with the file as a whole). */
  public static int count(Path file, Charset charset, boolean named) {
    try (Roster roster = open(file, charset, named)) {
      int n = 0;
      for (Iterator<RosterRow> it = roster.iterator(); it.hasNext(); it.next()) {
        n++;
      }
      return n;
    }
  }

  public Charset charset() {
    return charset;
  }

  /** The file name, for messages. */
  public String label() {
    return label;
  }

  /** Header names that are not student fields (their values are ignored), in file order. */
  public List<String> unknownColumns() {
    return Collections.unmodifiableList(unknownColumns);
  }

  @Override
  public Iterator<RosterRow> iterator() {
    if (iterated) {
      throw new IllegalStateException("a roster is read once");
    }
    iterated = true;
    return new Iterator<>() {
      private RosterRow next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          CSVRecord record = nextNonBlank();
          if (record != null) {
            next = row(record);
          }
        }
        return next != null;
      }

      @Override
      public RosterRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        RosterRow row = next;
        next = null;
        return row;
      }
    };
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readHeader(CSVRecord header) {
    Set<String> seen = new LinkedHashSet<>();
    headerSize = header.size();
    for (int i = 0; i < header.size(); i++) {
      String name = CleanText.clean(header.get(i)).toLowerCase(Locale.ROOT).replace(' ', '_');
      if (StudentFields.ALL.contains(name)) {
        if (!seen.add(name)) {
          throw BookletException.badInput(
              label
                  + " line "
                  + headerLine
                  + ": column "
                  + name
                  + " appears twice in the header (keep one)");
        }
        columns.put(i, name);
      } else if (!name.isEmpty()) {
        unknownColumns.add(name);
      }
    }
    List<String> missing = REQUIRED.stream().filter(c -> !seen.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw BookletException.badInput(
          label
              + " line "
              + headerLine
              + ": the header has no column "
              + String.join(", ", missing)
              + " (the first line names the columns: "
              + String.join(",", StudentFields.ALL)
              + "; read as "
              + RosterEncoding.label(charset)
              + ", comma-separated)");
    }
  }

  private RosterRow row(CSVRecord record) {
    Map<String, String> fields = new HashMap<>();
    int extra = 0;
    for (int i = 0; i < record.size(); i++) {
      String column = columns.get(i);
      if (column != null) {
        fields.put(column, record.get(i).trim());
      } else if (i >= headerSize && !blank(record.get(i))) {
        extra++;
      }
    }
    return new RosterRow(nextIndex++, startLine(record), fields, extra);
  }

  private CSVRecord nextNonBlank() {
    try {
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (!record.stream().allMatch(Roster::blank)) {
          return record;
        }
      }
      return null;
    } catch (UncheckedIOException e) {
      throw problem(file, charset, encodingNamed, parser.getCurrentLineNumber(), e.getCause());
    }
  }

  /**
   * Nothing but spaces and control characters: what a value trims to nothing (or to white space)
   * holds.
   */
  private static boolean blank(String value) {
    return value.trim().isBlank();
  }

  /**
   * The parser counts lines up to the end of the record just read; the record began as many line
   * breaks earlier as its quoted values hold (counted before trimming: a value may start or end
   * with one).
   */
  private long startLine(CSVRecord record) {
    long breaks = 0;
    for (String value : record) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
          breaks++;
        }
      }
    }
    return Math.max(1, parser.getCurrentLineNumber() - breaks);
  }

  private static Reader reader(Path file, Charset charset) throws IOException {
    InputStream in = new BufferedInputStream(BoundedFiles.openRegular(file, MAX_BYTES), 64 * 1024);
    if (charset.equals(RosterEncoding.UTF_8)) {
      in.mark(3);
      if (!Arrays.equals(in.readNBytes(3), BOM)) {
        in.reset();
      }
    }
    return new InputStreamReader(
        in,
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static final Pattern OPEN_QUOTE =
      Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

  private static BookletException problem(
      Path file, Charset charset, boolean encodingNamed, long line, Throwable e) {
    String where = file.getFileName() + (line > 0 ? " near line " + line : "");
    if (e instanceof CharacterCodingException) {
      return notDecodable(file, charset, encodingNamed);
    }
    Matcher open = e == null || e.getMessage() == null ? null : OPEN_QUOTE.matcher(e.getMessage());
    if (open != null && open.find()) {
      return BookletException.badInput(
          file.getFileName()
              + " line "
              + open.group(1)
              + ": a value opens a double quote that is never closed (a value with commas, quotes or line breaks"
              + " goes in double quotes, a quote inside it as \"\")");
    }
    if (e instanceof NoSuchFileException) {
      return new BookletException(BookletException.Kind.USAGE, file + ": no such file");
    }
    if (e instanceof BoundedFiles.TooLargeException) {
      return BookletException.badInput(
          file
              + ": is larger than "
              + BoundedFiles.size(MAX_BYTES)
              + ", more than a roster holds (some 200,000 students); split the class into several rosters");
    }
    if (e instanceof BoundedFiles.NotRegularFileException fs) {
      return BookletException.usage(
          file + ": " + IoProblems.reason(fs) + "; give the roster's CSV file");
    }
    if (e instanceof FileSystemException fs) {
      return new BookletException(
          BookletException.Kind.USAGE, file + ": cannot be read (" + IoProblems.reason(fs) + ")");
    }
    return BookletException.badInput(
        where
            + ": is not a readable CSV file ("
            + e.getMessage()
            + "; values with commas, quotes or line breaks go in double quotes, a quote inside as \"\")");
  }

  /**
   * Bytes that {@code charset} cannot decode, named by their line: the parser reads ahead, so the
   * line it has reached says little; the file is read again up to the first bad byte.
   */
  private static BookletException notDecodable(Path file, Charset charset, boolean named) {
    String name = String.valueOf(file.getFileName());
    String encoding = RosterEncoding.label(charset);
    String fix =
        " (save the roster as \"CSV UTF-8\", or name its encoding with --encoding "
            + RosterEncoding.ACCEPTED
            + ")";
    if (named) {
      return BookletException.badInput(
          name
              + firstBad(file, charset)
              + ": has bytes that are not valid "
              + encoding
              + ", the encoding named with --encoding (try the other one, "
              + RosterEncoding.ACCEPTED
              + ", or leave --encoding out to detect it)");
    }
    if (charset.equals(RosterEncoding.SHIFT_JIS)) {
      // Detected: the file was not UTF-8 throughout, so Shift_JIS was tried.
      return BookletException.badInput(
          name
              + ": is neither UTF-8 (see"
              + firstBad(file, RosterEncoding.UTF_8)
              + ") nor Shift_JIS (CP932) (see"
              + firstBad(file, charset)
              + ")"
              + fix);
    }
    return BookletException.badInput(
        name + firstBad(file, charset) + ": has bytes that are not valid " + encoding + fix);
  }

  /**
   * {@code " line 12"}, the first line with a byte {@code charset} cannot decode, or "" if none is
   * found now.
   */
  private static String firstBad(Path file, Charset charset) {
    try (InputStream in = BoundedFiles.openRegular(file, MAX_BYTES)) {
      long line = RosterEncoding.firstUndecodableLine(in, charset);
      return line > 0 ? " line " + line : "";
    } catch (IOException ignored) {
      return ""; // only to say where: without the line the message still names the file and the
      // encoding
    }
  }
}
