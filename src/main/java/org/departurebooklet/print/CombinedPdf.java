package org.departurebooklet.print;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.departurebooklet.io.AtomicFile;
import org.departurebooklet.io.Digests;

/**
 * One print-ready PDF of many booklets in order, each padded with a blank page to an even page
 * count, so that in duplex printing every booklet starts on the front of a new sheet.
 *
 * <p>Memory stays flat however large the class: booklets are read one at a time from the files on
 * disk and their pages, with everything the pages use, are written straight out as numbered
 * objects; only the objects' file offsets (8 bytes each) are kept until the cross-reference table
 * at the end. (PDFBox's merger keeps every page of the result in memory, which ran 2,000 booklets
 * out of a 512 MB heap.) Outlines, the structure tree and form fields are left out: this file is
 * for the printer; each student's own PDF keeps them. The same inputs give the same bytes.
 *
 * <p>With a {@link PrintLayout}, each booklet is laid out (imposed on its own sheets, or given a
 * bleed) as it is read, one at a time, before its pages are copied. Stateless and thread-safe.
 */
public final class CombinedPdf {

  /** Booklets per intermediate page-tree node, so no /Kids array grows large. */
  private static final int GROUP = 256;
  private static final int CATALOG = 1;
  private static final int ROOT = 2;
  private static final int INFO = 3;
  /** Larger files are not booklets (one is well under 1 MB). */
  private static final long MAX_BOOKLET_BYTES = 256L * 1024 * 1024;

  private CombinedPdf() {}

  /**
   * Writes the combined file atomically.
   *
   * @param created the creation date written into the file
   * @return the number of pages, blank ones included
   */
  public static int write(Path target, List<Path> booklets, Instant created) throws IOException {
    return write(target, booklets, created, Optional.empty()).pages();
  }

  /**
   * What a combined file holds.
   *
   * @param pages its pages, blank ones included
   * @param warnings what the person printing it must know (booklets padded with blank pages, pages
   *     scaled), each said once for the whole file
   */
  public record Written(int pages, List<String> warnings) {
    public Written {
      warnings = List.copyOf(warnings);
    }
  }

  /** Writes the combined file atomically, each booklet laid out by {@code layout} if given. */
  public static Written write(Path target, List<Path> booklets, Instant created, Optional<PrintLayout> layout)
      throws IOException {
    Writer[] writer = {null};
    AtomicFile.write(target, out -> {
      writer[0] = new Writer(out, layout);
      writer[0].write(booklets, created);
    });
    return new Written(writer[0].totalPages, writer[0].reader.warnings(booklets.size()));
  }

  /** Writes one combined file; one instance per file. */
  private static final class Writer {
    private final Counting out;
    private long[] offsets = new long[1024];
    private int next = INFO + 1;
    private final MessageDigest id = Digests.sha256();
    private final List<Integer> groups = new ArrayList<>();
    private int totalPages;
    private final BookletReader reader;

    // per booklet
    private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
    private final Map<COSBase, Boolean> pageDicts = new IdentityHashMap<>();
    private final ArrayDeque<COSBase> pending = new ArrayDeque<>();

    Writer(OutputStream raw, Optional<PrintLayout> layout) {
      this.out = new Counting(raw);
      this.reader = new BookletReader(layout, MAX_BOOKLET_BYTES);
    }

    int write(List<Path> booklets, Instant created) throws IOException {
      ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
      List<Integer> groupKids = new ArrayList<>();
      int groupPages = 0;
      int group = 0;
      for (int i = 0; i < booklets.size(); i++) {
        if (i % GROUP == 0) {
          group = reserve();
          groups.add(group);
        }
        int node = reserve();
        groupKids.add(node);
        groupPages += booklet(booklets.get(i), node, group);
        if (i % GROUP == GROUP - 1 || i == booklets.size() - 1) {
          pagesNode(group, ROOT, groupKids, groupPages);
          totalPages += groupPages;
          groupKids.clear();
          groupPages = 0;
        }
      }
      begin(ROOT);
      ascii("<< /Type /Pages /Kids " + refs(groups) + " /Count " + totalPages + " >>");
      end();
      begin(CATALOG);
      ascii("<< /Type /Catalog /Pages " + ROOT + " 0 R >>");
      end();
      info(created);
      trailer();
      return totalPages;
    }

    /** Writes one booklet's pages under its own page-tree node; returns its page count. */
    private int booklet(Path file, int node, int parent) throws IOException {
      numbers.clear();
      pageDicts.clear();
      List<Integer> kids = new ArrayList<>();
      PDPage last = null;
      try (PDDocument doc = Loader.loadPDF(reader.read(file))) {
        List<PDPage> pages = new ArrayList<>();
        doc.getPages().forEach(pages::add);
        for (PDPage page : pages) {
          numbers.put(page.getCOSObject(), reserve());
          pageDicts.put(page.getCOSObject(), Boolean.TRUE);
        }
        for (PDPage page : pages) {
          int number = numbers.get(page.getCOSObject());
          kids.add(number);
          page(page, number, node);
          drain();
          last = page;
        }
        COSArray fileId = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
        if (fileId != null && fileId.size() > 0 && fileId.getObject(0) instanceof COSString s) {
          id.update(s.getBytes());
        }
        if (kids.size() % 2 == 1) {
          int blank = reserve();
          begin(blank);
          ascii("<< /Type /Page /Parent " + node + " 0 R /MediaBox ");
          value(last.getMediaBox().getCOSArray());
          if (last.getCOSObject().containsKey(COSName.TRIM_BOX)) { // a print file's blank page: trimmed alike
            ascii(" /TrimBox ");
            value(last.getTrimBox().getCOSArray());
            ascii(" /BleedBox ");
            value(last.getBleedBox().getCOSArray());
          }
          ascii(" /Resources << >> >>");
          end();
          kids.add(blank);
        }
      }
      id.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      pagesNode(node, parent, kids, kids.size());
      return kids.size();
    }

    /** A page with what it inherits from its old page tree made its own, under a new parent. */
    private void page(PDPage page, int number, int parent) throws IOException {
      COSDictionary copy = new COSDictionary();
      copy.addAll(page.getCOSObject());
      copy.removeItem(COSName.PARENT);
      copy.removeItem(COSName.STRUCT_PARENTS);
      copy.setItem(COSName.RESOURCES, page.getResources().getCOSObject());
      copy.setItem(COSName.MEDIA_BOX, page.getMediaBox().getCOSArray());
      copy.setItem(COSName.CROP_BOX, page.getCropBox().getCOSArray());
      if (page.getRotation() != 0) {
        copy.setInt(COSName.ROTATE, page.getRotation());
      }
      begin(number);
      ascii("<< /Parent " + parent + " 0 R");
      entries(copy, null);
      ascii(" >>");
      end();
    }

    /** Writes every object the booklet's pages referred to, and what those refer to. */
    private void drain() throws IOException {
      while (!pending.isEmpty()) {
        COSBase object = pending.poll();
        begin(numbers.get(object));
        if (object instanceof COSStream stream) {
          stream(stream);
        } else {
          direct(object);
        }
        end();
      }
    }

    private void stream(COSStream stream) throws IOException {
      byte[] data;
      try (InputStream in = stream.createRawInputStream()) {
        data = in.readAllBytes();
      }
      ascii("<<");
      entries(stream, COSName.LENGTH);
      ascii(" /Length " + data.length + " >>\nstream\n");
      out.write(data);
      ascii("\nendstream");
    }

    /** A value in place: a reference for indirect objects and streams, else the object itself. */
    private void value(COSBase value) throws IOException {
      if (value instanceof COSObject ref) {
        COSBase target = ref.getObject();
        if (target == null || target instanceof COSNull) {
          ascii("null");
        } else {
          reference(target);
        }
      } else if (value instanceof COSStream) {
        reference(value);
      } else {
        direct(value);
      }
    }

    private void direct(COSBase value) throws IOException {
      if (value instanceof COSDictionary dict) {
        ascii("<<");
        entries(dict, null);
        ascii(" >>");
      } else if (value instanceof COSArray array) {
        ascii("[");
        for (int i = 0; i < array.size(); i++) {
          ascii(" ");
          value(array.get(i));
        }
        ascii(" ]");
      } else if (value instanceof COSString s) {
        COSWriter.writeString(s, out);
      } else if (value instanceof COSName n) {
        n.writePDF(out);
      } else if (value instanceof COSInteger n) {
        n.writePDF(out);
      } else if (value instanceof COSFloat n) {
        n.writePDF(out);
      } else if (value instanceof COSBoolean b) {
        b.writePDF(out);
      } else {
        ascii("null");
      }
    }

    /** A dictionary's entries, each preceded by a space, leaving out {@code skip} (may be null). */
    private void entries(COSDictionary dict, COSName skip) throws IOException {
      for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
        if (!e.getKey().equals(skip)) {
          ascii(" ");
          e.getKey().writePDF(out);
          ascii(" ");
          value(e.getValue());
        }
      }
    }

    /** A reference to an object of this booklet, numbering and queueing it on first sight. */
    private void reference(COSBase target) throws IOException {
      if (target instanceof COSDictionary dict && !pageDicts.containsKey(target)) {
        COSName type = dict.getCOSName(COSName.TYPE);
        if (COSName.CATALOG.equals(type) || COSName.PAGES.equals(type) || COSName.PAGE.equals(type)) {
          ascii("null"); // the old document's tree, or a page of another file: not part of this one
          return;
        }
      }
      Integer number = numbers.get(target);
      if (number == null) {
        number = reserve();
        numbers.put(target, number);
        pending.add(target);
      }
      ascii(number + " 0 R");
    }

    private void pagesNode(int number, int parent, List<Integer> kids, int count) throws IOException {
      begin(number);
      ascii("<< /Type /Pages /Parent " + parent + " 0 R /Kids " + refs(kids) + " /Count " + count + " >>");
      end();
    }

    private void info(Instant created) throws IOException {
      String date = "D:" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(created.atOffset(ZoneOffset.UTC)) + "Z";
      begin(INFO);
      ascii("<< /Title ");
      COSWriter.writeString(new COSString("Departure booklets (print file)"), out);
      ascii(" /Producer ");
      COSWriter.writeString(new COSString("Departure Booklet"), out);
      ascii(" /CreationDate (" + date + ") /ModDate (" + date + ") >>");
      end();
    }

    private void trailer() throws IOException {
      long xref = out.count;
      StringBuilder table = new StringBuilder("xref\n0 " + next + "\n0000000000 65535 f \n");
      ascii(table.toString());
      for (int n = 1; n < next; n++) {
        ascii(String.format(Locale.ROOT, "%010d 00000 n \n", offsets[n]));
      }
      String hex = HexFormat.of().formatHex(Arrays.copyOf(id.digest(), 16));
      ascii("trailer\n<< /Size " + next + " /Root " + CATALOG + " 0 R /Info " + INFO + " 0 R /ID [<" + hex
          + "> <" + hex + ">] >>\nstartxref\n" + xref + "\n%%EOF\n");
    }

    private int reserve() {
      if (next == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      return next++;
    }

    private void begin(int number) throws IOException {
      offsets[number] = out.count;
      ascii(number + " 0 obj\n");
    }

    private void end() throws IOException {
      ascii("\nendobj\n");
    }

    private static String refs(List<Integer> numbers) {
      StringBuilder s = new StringBuilder("[");
      for (int n : numbers) {
        s.append(' ').append(n).append(" 0 R");
      }
      return s.append(" ]").toString();
    }

    private void ascii(String s) throws IOException {
      out.write(s.getBytes(StandardCharsets.ISO_8859_1));
    }
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
