package org.departurebooklet.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
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
 * bleed) as it is read, one at a time, before its pages are copied. This class builds the page tree
 * and the file's identity; {@link PageCopier} copies each booklet's pages and what they use, and
 * {@link PdfObjectWriter} writes the numbered objects and the cross-reference table. Stateless and
 * thread-safe.
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
  public static Written write(
      Path target, List<Path> booklets, Instant created, Optional<PrintLayout> layout)
      throws IOException {
    Writer[] writer = {null};
    AtomicFile.write(
        target,
        out -> {
          writer[0] = new Writer(out, layout);
          writer[0].write(booklets, created);
        });
    return new Written(writer[0].totalPages, writer[0].reader.warnings(booklets.size()));
  }

  /** Writes one combined file; one instance per file. */
  private static final class Writer {
    private final PdfObjectWriter objects;
    private final PageCopier copier;
    private final MessageDigest id = Digests.sha256();
    private final List<Integer> groups = new ArrayList<>();
    private int totalPages;
    private final BookletReader reader;

    Writer(OutputStream raw, Optional<PrintLayout> layout) {
      this.objects = new PdfObjectWriter(raw, INFO);
      this.copier = new PageCopier(objects);
      this.reader = new BookletReader(layout, MAX_BOOKLET_BYTES);
    }

    int write(List<Path> booklets, Instant created) throws IOException {
      objects.ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
      List<Integer> groupKids = new ArrayList<>();
      int groupPages = 0;
      int group = 0;
      for (int i = 0; i < booklets.size(); i++) {
        if (i % GROUP == 0) {
          group = objects.reserve();
          groups.add(group);
        }
        int node = objects.reserve();
        groupKids.add(node);
        groupPages += booklet(booklets.get(i), node, group);
        if (i % GROUP == GROUP - 1 || i == booklets.size() - 1) {
          pagesNode(group, ROOT, groupKids, groupPages);
          totalPages += groupPages;
          groupKids.clear();
          groupPages = 0;
        }
      }
      objects.begin(ROOT);
      objects.ascii(
          "<< /Type /Pages /Kids "
              + PdfObjectWriter.refs(groups)
              + " /Count "
              + totalPages
              + " >>");
      objects.end();
      objects.begin(CATALOG);
      objects.ascii("<< /Type /Catalog /Pages " + ROOT + " 0 R >>");
      objects.end();
      info(created);
      objects.finish(CATALOG, INFO, Arrays.copyOf(id.digest(), 16));
      return totalPages;
    }

    /**
     * Writes one booklet's pages under its own page-tree node, with a blank page after an odd last
     * one; returns its page count.
     */
    private int booklet(Path file, int node, int parent) throws IOException {
      List<Integer> kids;
      try (PDDocument doc = Loader.loadPDF(reader.read(file))) {
        List<PDPage> pages = new ArrayList<>();
        doc.getPages().forEach(pages::add);
        kids = new ArrayList<>(copier.copy(pages, node));
        COSArray fileId = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
        if (fileId != null && fileId.size() > 0 && fileId.getObject(0) instanceof COSString s) {
          id.update(s.getBytes());
        }
        if (kids.size() % 2 == 1) {
          int blank = objects.reserve();
          copier.blank(pages.get(pages.size() - 1), blank, node);
          kids.add(blank);
        }
      }
      id.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      pagesNode(node, parent, kids, kids.size());
      return kids.size();
    }

    private void pagesNode(int number, int parent, List<Integer> kids, int count)
        throws IOException {
      objects.begin(number);
      objects.ascii(
          "<< /Type /Pages /Parent "
              + parent
              + " 0 R /Kids "
              + PdfObjectWriter.refs(kids)
              + " /Count "
              + count
              + " >>");
      objects.end();
    }

    private void info(Instant created) throws IOException {
      String date =
          "D:"
              + DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                  .format(created.atOffset(ZoneOffset.UTC))
              + "Z";
      objects.begin(INFO);
      objects.ascii("<< /Title ");
      COSWriter.writeString(new COSString("Departure booklets (print file)"), objects.stream());
      objects.ascii(" /Producer ");
      COSWriter.writeString(new COSString("Departure Booklet"), objects.stream());
      objects.ascii(" /CreationDate (" + date + ") /ModDate (" + date + ") >>");
      objects.end();
    }
  }
}
