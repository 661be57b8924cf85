package org.departurebooklet.print;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Writes a PDF file as numbered objects, straight to a stream: it hands out object numbers, notes
 * where each object begins (8 bytes an object: all it keeps), and ends the file with the
 * cross-reference table and the trailer. What goes between an object's {@link #begin} and {@link
 * #end} is the caller's.
 *
 * <p>Not thread-safe: one instance writes one file, on one thread.
 */
final class PdfObjectWriter {

  private final Counting out;
  private long[] offsets = new long[1024];
  private int next;

  /**
   * @param raw the file's stream
   * @param fixed numbers 1 to {@code fixed} are the caller's own (the catalog, say), written when
   *     it likes; {@link #reserve} hands out the numbers after them
   */
  PdfObjectWriter(OutputStream raw, int fixed) {
    this.out = new Counting(raw);
    this.next = fixed + 1;
  }

  /** A new object number, to be written later with {@link #begin}. */
  int reserve() {
    if (next == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    return next++;
  }

  /** Starts object {@code number} here. */
  void begin(int number) throws IOException {
    offsets[number] = out.count;
    ascii(number + " 0 obj\n");
  }

  /** Ends the object begun last. */
  void end() throws IOException {
    ascii("\nendobj\n");
  }

  /** Text of the file's syntax (ASCII; Latin-1 for the header's binary marker). */
  void ascii(String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Bytes as they are, such as a stream's data. */
  void bytes(byte[] data) throws IOException {
    out.write(data);
  }

  /** The file's stream, for PDFBox's writers of values; what goes through it is counted too. */
  OutputStream stream() {
    return out;
  }

  /**
   * Ends the file: the cross-reference table of every object, and the trailer.
   *
   * @param catalog the document catalog's number
   * @param info the document information dictionary's number
   * @param id the file identifier's bytes, written as both halves of /ID
   */
  void finish(int catalog, int info, byte[] id) throws IOException {
    long xref = out.count;
    StringBuilder table = new StringBuilder("xref\n0 " + next + "\n0000000000 65535 f \n");
    ascii(table.toString());
    for (int n = 1; n < next; n++) {
      ascii(String.format(Locale.ROOT, "%010d 00000 n \n", offsets[n]));
    }
    String hex = HexFormat.of().formatHex(id);
    ascii(
        "trailer\n<< /Size "
            + next
            + " /Root "
            + catalog
            + " 0 R /Info "
            + info
            + " 0 R /ID [<"
            + hex
            + "> <"
            + hex
            + ">] >>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
  }

  /** An array of references to these objects: {@code [ 4 0 R 5 0 R ]}. */
  static String refs(List<Integer> numbers) {
    StringBuilder s = new StringBuilder("[");
    for (int n : numbers) {
      s.append(' ').append(n).append(" 0 R");
    }
    return s.append(" ]").toString();
  }

  /** Counts the bytes written, for the cross-reference table. */
  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
