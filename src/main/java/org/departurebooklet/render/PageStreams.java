package org.departurebooklet.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The last pass over a rendered document's page content streams, which the renderer leaves
 * uncompressed: drops what is not needed, writes shaped runs' actual text inline, compresses.
 * Stateless.
 */
final class PageStreams {

  /**
   * Flate level of the page content streams, which the renderer compresses itself: 4 is about 5%
   * faster per booklet than zlib's default 6 for about 1% more bytes (measured with {@code bench};
   * fonts and object streams keep PDFBox's level).
   */
  static final int CONTENT_LEVEL = 4;

  private static final COSName OCMD = COSName.getPDFName("OCMD");

  private PageStreams() {}

  /**
   * Compresses each page's content stream once it has dropped its empty artifact sequences (see
   * {@link EmptyArtifacts}) and written the actual text of shaped runs inline ({@link
   * ActualTextSpans}), removes the property lists only those referred to, and writes the rest
   * inside their resource dictionaries: PDFBox's compressed writer would make each of them an
   * object of its own, to be numbered and cross-referenced. Each is referenced from one page only.
   */
  static void tidy(PDDocument doc) throws IOException {
    Map<COSDictionary, Set<String>> removed = new IdentityHashMap<>();
    Map<COSDictionary, Set<String>> kept = new IdentityHashMap<>();
    for (PDPage page : doc.getPages()) {
      COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
      COSDictionary properties =
          resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
      for (COSStream stream : contentStreams(page)) {
        if (stream.getFilters() != null) {
          continue; // already compressed: not ours to rewrite
        }
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
          raw = in.readAllBytes();
        }
        EmptyArtifacts.Result tidy = EmptyArtifacts.strip(raw);
        ActualTextSpans.Result spans = ActualTextSpans.inline(tidy.content(), properties);
        if (properties != null) {
          removed.computeIfAbsent(properties, p -> new HashSet<>()).addAll(tidy.removed());
          removed.get(properties).addAll(spans.inlined());
          kept.computeIfAbsent(properties, p -> new HashSet<>()).addAll(tidy.kept());
        }
        Deflater deflater = new Deflater(CONTENT_LEVEL);
        try (OutputStream out =
            new DeflaterOutputStream(stream.createRawOutputStream(), deflater, 8192)) {
          out.write(spans.content());
        } finally {
          deflater.end();
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      }
    }
    for (var entry : removed.entrySet()) {
      COSDictionary properties = entry.getKey();
      Set<String> gone = entry.getValue();
      gone.removeAll(kept.getOrDefault(properties, Set.of()));
      gone.forEach(name -> properties.removeItem(COSName.getPDFName(name)));
      for (COSBase value : properties.getValues()) {
        // Optional content groups must stay indirect; OpenHTMLtoPDF makes none, but be sure.
        if (value instanceof COSDictionary list
            && !COSName.OCG.equals(list.getCOSName(COSName.TYPE))
            && !OCMD.equals(list.getCOSName(COSName.TYPE))) {
          list.setDirect(true);
          if (list.getDictionaryObject(COSName.BBOX) instanceof COSArray box) {
            box.setDirect(true);
          }
        }
      }
    }
  }

  private static List<COSStream> contentStreams(PDPage page) {
    COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    if (contents instanceof COSStream stream) {
      return List.of(stream);
    }
    List<COSStream> streams = new ArrayList<>();
    if (contents instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSStream stream) {
          streams.add(stream);
        }
      }
    }
    return streams;
  }
}
