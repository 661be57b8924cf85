package org.departurebooklet.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.departurebooklet.io.Digests;

/**
 * A booklet's pages brought into a new print document as form XObjects (each page's content and
 * resources copied once, then drawn wherever a layout places it), and that document's identity and
 * saving. Stateless and thread-safe.
 */
final class PageForms {

  /** Points per millimetre. */
  static final float MM = 72f / 25.4f;

  private PageForms() {}

  /**
   * Each page of {@code source} as a form in {@code target}, in page order. A form's box is the
   * page's visible area (its crop box) moved to the origin, so it draws as the page, clipped to it.
   */
  static List<PDFormXObject> importAll(PDDocument source, PDDocument target) throws IOException {
    LayerUtility layers = new LayerUtility(target);
    List<PDFormXObject> forms = new ArrayList<>();
    for (PDPage page : source.getPages()) {
      forms.add(layers.importPageAsForm(source, page));
    }
    return forms;
  }

  /**
   * A new, empty print document for {@code source}: PDF 1.7, its title and creation date carried
   * over, and a file ID made from the source's ID and {@code layout}, so the same booklet laid out
   * the same way gives the same bytes.
   */
  static PDDocument startFor(PDDocument source, String layout) {
    PDDocument target = new PDDocument();
    target.setVersion(1.7f);
    PDDocumentInformation from = source.getDocumentInformation();
    PDDocumentInformation info = target.getDocumentInformation();
    String title =
        from.getTitle() == null || from.getTitle().isBlank()
            ? "Departure booklet"
            : from.getTitle();
    info.setTitle(title + " (print file: " + layout + ")");
    info.setProducer("Departure Booklet");
    info.setCreationDate(from.getCreationDate());
    info.setModificationDate(from.getCreationDate());
    MessageDigest digest = Digests.sha256();
    COSArray sourceId = source.getDocument().getTrailer().getCOSArray(COSName.ID);
    if (sourceId != null && sourceId.size() > 0 && sourceId.getObject(0) instanceof COSString id) {
      digest.update(id.getBytes());
    }
    digest.update(layout.getBytes(StandardCharsets.UTF_8));
    COSString id = new COSString(Arrays.copyOf(digest.digest(), 16));
    COSArray ids = new COSArray();
    ids.add(id);
    ids.add(id);
    target.getDocument().setDocumentID(ids);
    return target;
  }

  static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    document.save(out);
    return out.toByteArray();
  }
}
