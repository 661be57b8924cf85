package org.departurebooklet.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

/**
 * Gives the cross-reference stream that PDFBox 3 writes last an entry for itself.
 *
 * <p>PDFBox numbers its cross-reference stream one past the highest object and counts it in {@code
 * /Size}, but leaves it out of the stream's own entries: {@code /Size 1679} with {@code /Index [0
 * 1678]}. Readers cope, but {@code qpdf --check} warns on every booklet ("reported number of
 * objects (1679) is not one plus the highest object number (1677)"), and the cross-reference
 * stream, being an object, should be listed like the others (Acrobat and qpdf list theirs). This
 * rewrites only that last object: the same dictionary with one more entry (type 1, at the offset
 * {@code startxref} names, which does not move), {@code /Index}, {@code /W} and {@code /Length} to
 * match. Everything before it keeps its bytes and offsets. Any PDF that PDFBox saves with its
 * default compression needs it (the print files too).
 *
 * <p>Stateless and thread-safe.
 */
public final class XrefSelfEntry {

  private static final Pattern TAIL = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
  private static final Pattern HEAD = Pattern.compile("(\\d+) 0 obj\\s*<<");
  private static final Pattern LENGTH = Pattern.compile("/Length (\\d+)");
  private static final Pattern INDEX = Pattern.compile("/Index \\[([\\d ]*)\\]");
  private static final Pattern W = Pattern.compile("/W \\[(\\d+) (\\d+) (\\d+)\\]");
  private static final Pattern SIZE = Pattern.compile("/Size (\\d+)");
  private static final String STREAM = "stream\r\n";

  private XrefSelfEntry() {}

  /**
   * The PDF with its last cross-reference stream listing itself; unchanged when it already does.
   *
   * @throws IllegalStateException when the file does not end in a cross-reference stream as PDFBox
   *     writes one (a bug: the PDF came from somewhere else)
   */
  public static byte[] add(byte[] pdf) {
    // Latin-1 maps each byte to one char, so string offsets are byte offsets.
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher tail = TAIL.matcher(text.substring(Math.max(0, text.length() - 64)));
    if (!tail.find()) {
      throw broken("no startxref at the end");
    }
    int start = Integer.parseInt(tail.group(1));
    Matcher head = HEAD.matcher(text);
    if (start >= text.length() || !head.region(start, text.length()).lookingAt()) {
      throw broken("startxref " + start + " does not point at an object");
    }
    long self = Long.parseLong(head.group(1));
    int streamAt = text.indexOf(">>\n" + STREAM, head.end());
    if (streamAt < 0) {
      throw broken("the cross-reference object has no stream");
    }
    String dict = text.substring(head.end(), streamAt);
    int[] w = widths(dict);
    int dataAt = streamAt + 3 + STREAM.length();
    long length = number(LENGTH, dict);
    if (length > pdf.length - dataAt) {
      throw broken("/Length " + length + " runs past the end");
    }
    long[][] rows = rows(Arrays.copyOfRange(pdf, dataAt, dataAt + (int) length), w);
    List<long[]> ranges = ranges(dict);
    if (listed(ranges, self)) {
      return pdf;
    }
    return rewrite(pdf, start, head.group(), dict, self, rows, ranges);
  }

  /** The object again with its own entry appended, then startxref and %%EOF as before. */
  private static byte[] rewrite(
      byte[] pdf,
      int start,
      String head,
      String dict,
      long self,
      long[][] rows,
      List<long[]> ranges) {
    long[][] all = Arrays.copyOf(rows, rows.length + 1);
    all[rows.length] = new long[] {1, start, 0};
    int[] w = {1, bytesFor(all, 1), bytesFor(all, 2)};
    long[] last = ranges.get(ranges.size() - 1);
    if (last[0] + last[1] == self) {
      last[1]++;
    } else {
      ranges.add(new long[] {self, 1});
    }
    byte[] data = deflate(encode(all, w));
    long size = Math.max(number(SIZE, dict), self + 1);
    String newDict = dict;
    newDict = LENGTH.matcher(newDict).replaceFirst("/Length " + data.length);
    newDict = W.matcher(newDict).replaceFirst("/W [" + w[0] + " " + w[1] + " " + w[2] + "]");
    newDict = INDEX.matcher(newDict).replaceFirst("/Index [" + join(ranges) + "]");
    newDict = SIZE.matcher(newDict).replaceFirst("/Size " + size);
    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64);
    out.write(pdf, 0, start);
    out.writeBytes((head + newDict + ">>\n" + STREAM).getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(data);
    out.writeBytes(
        ("\r\nendstream\nendobj\nstartxref\n" + start + "\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  private static int[] widths(String dict) {
    Matcher m = W.matcher(dict);
    if (!m.find()) {
      throw broken("no /W in the cross-reference stream");
    }
    return new int[] {
      Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))
    };
  }

  /** The {@code /Index} pairs (first object, count); {@code [0 Size]} when there is none. */
  private static List<long[]> ranges(String dict) {
    List<long[]> ranges = new ArrayList<>();
    Matcher m = INDEX.matcher(dict);
    if (!m.find()) {
      ranges.add(new long[] {0, number(SIZE, dict)});
      return ranges;
    }
    String[] numbers = m.group(1).trim().split(" +");
    for (int i = 0; i + 1 < numbers.length; i += 2) {
      ranges.add(new long[] {Long.parseLong(numbers[i]), Long.parseLong(numbers[i + 1])});
    }
    if (ranges.isEmpty()) {
      throw broken("an empty /Index");
    }
    return ranges;
  }

  private static boolean listed(List<long[]> ranges, long object) {
    return ranges.stream().anyMatch(r -> object >= r[0] && object < r[0] + r[1]);
  }

  private static long number(Pattern key, String dict) {
    Matcher m = key.matcher(dict);
    if (!m.find()) {
      throw broken(
          "no "
              + key.pattern().substring(0, key.pattern().indexOf(' '))
              + " in the cross-reference stream");
    }
    return Long.parseLong(m.group(1));
  }

  /** The stream's entries, three numbers each. */
  private static long[][] rows(byte[] compressed, int[] w) {
    byte[] data = inflate(compressed);
    int width = w[0] + w[1] + w[2];
    if (width == 0 || data.length % width != 0) {
      throw broken("entries of " + data.length + " bytes do not fit /W " + Arrays.toString(w));
    }
    long[][] rows = new long[data.length / width][3];
    int at = 0;
    for (long[] row : rows) {
      for (int column = 0; column < 3; column++) {
        long value = w[column] == 0 && column == 0 ? 1 : 0; // a missing type field means type 1
        for (int b = 0; b < w[column]; b++) {
          value = value << 8 | (data[at++] & 0xFF);
        }
        row[column] = value;
      }
    }
    return rows;
  }

  private static byte[] encode(long[][] rows, int[] w) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(rows.length * (w[0] + w[1] + w[2]));
    for (long[] row : rows) {
      for (int column = 0; column < 3; column++) {
        for (int b = w[column] - 1; b >= 0; b--) {
          out.write((int) (row[column] >>> (8 * b)));
        }
      }
    }
    return out.toByteArray();
  }

  /** Bytes the largest value of a column needs (0 when every value is 0). */
  private static int bytesFor(long[][] rows, int column) {
    long max = 0;
    for (long[] row : rows) {
      max = Math.max(max, row[column]);
    }
    int bytes = 0;
    for (; max > 0; max >>>= 8) {
      bytes++;
    }
    return bytes;
  }

  private static String join(List<long[]> ranges) {
    StringBuilder s = new StringBuilder();
    for (long[] r : ranges) {
      s.append(s.length() == 0 ? "" : " ").append(r[0]).append(' ').append(r[1]);
    }
    return s.toString();
  }

  private static byte[] inflate(byte[] compressed) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(compressed);
      ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw broken("the cross-reference stream ends early");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IllegalStateException("the cross-reference stream is not Flate data", e);
    } finally {
      inflater.end();
    }
  }

  private static byte[] deflate(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
    Deflater deflater = new Deflater();
    try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
      stream.write(data);
    } catch (IOException e) {
      throw new IllegalStateException("cannot happen: writing to memory", e);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  private static IllegalStateException broken(String what) {
    return new IllegalStateException("the saved PDF does not end as PDFBox writes it: " + what);
  }
}
