package org.departurebooklet.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.departurebooklet.AtomicFile;

/**
 * One print-ready PDF of many booklets in order, each padded with a blank page to an even page
 * count, so that in duplex printing every booklet starts on the front of a new sheet.
 *
 * <p>Built from the booklet files already on disk, one at a time, with PDFBox's scratch files for
 * the page content, so the heap holds page dictionaries but no page content however large the
 * class. The structure tree (tagging for screen readers) is left out: this file is for the
 * printer; each student's own PDF keeps it. The same inputs give the same bytes. Stateless and
 * thread-safe.
 */
public final class CombinedPdf {

  private CombinedPdf() {}

  /**
   * Writes the combined file atomically.
   *
   * @param created the creation date written into the file
   * @return the number of pages, blank ones included
   */
  public static int write(Path target, List<Path> booklets, Instant created) throws IOException {
    int[] pages = {0};
    AtomicFile.write(target, out -> {
      try (PDDocument combined = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
        PDFMergerUtility merger = new PDFMergerUtility();
        MessageDigest id = sha256();
        for (Path booklet : booklets) {
          try (PDDocument doc = Loader.loadPDF(booklet.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            catalog.getCOSObject().removeItem(COSName.STRUCT_TREE_ROOT);
            catalog.getCOSObject().removeItem(COSName.MARK_INFO);
            merger.appendDocument(combined, doc);
            int n = doc.getNumberOfPages();
            if (n % 2 == 1) {
              combined.addPage(new PDPage(doc.getPage(n - 1).getMediaBox()));
            }
            id.update(booklet.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            id.update((byte) 0);
            COSArray fileId = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            if (fileId != null && fileId.size() > 0 && fileId.getObject(0) instanceof COSString s) {
              id.update(s.getBytes());
            }
            id.update(Integer.toString(n).getBytes(StandardCharsets.UTF_8));
          }
        }
        settle(combined, created, id.digest());
        pages[0] = combined.getNumberOfPages();
        combined.save(out);
      }
    });
    return pages[0];
  }

  /** Fixes the dates and the file ID, which PDFBox would otherwise take from the clock. */
  private static void settle(PDDocument doc, Instant created, byte[] digest) {
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(created.toEpochMilli());
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle("Departure booklets (print file)");
    info.setProducer("Departure Booklet");
    info.setCreationDate(when);
    info.setModificationDate(when);
    doc.setDocumentInformation(info);
    COSArray ids = new COSArray();
    byte[] id = Arrays.copyOf(digest, 16);
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
