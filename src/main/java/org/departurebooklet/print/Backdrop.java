package org.departurebooklet.print;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * A page form without its text (every {@code BT … ET} block left out): the fills, lines and images
 * a {@link Bleed} stretches into the bleed. Text near an edge is never meant to run into the bleed,
 * and leaving it out keeps the print file's text extractable once, from the page itself. Shares the
 * page form's resources. Stateless and thread-safe.
 */
final class Backdrop {

  private Backdrop() {}

  static PDFormXObject of(PDDocument target, PDFormXObject page) throws IOException {
    List<Object> kept = new ArrayList<>();
    List<Object> tokens;
    PDFStreamParser parser = new PDFStreamParser(page);
    try {
      tokens = parser.parse();
    } finally {
      parser.close();
    }
    boolean inText = false;
    for (Object token : tokens) {
      String operator = token instanceof Operator op ? op.getName() : null;
      if (OperatorName.BEGIN_TEXT.equals(operator)) {
        inText = true;
      } else if (OperatorName.END_TEXT.equals(operator)) {
        inText = false;
      } else if (!inText) {
        kept.add(token);
      }
    }
    PDStream stream = new PDStream(target);
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      new ContentStreamWriter(out).writeTokens(kept);
    }
    PDFormXObject backdrop = new PDFormXObject(stream);
    backdrop.setResources(page.getResources());
    backdrop.setBBox(page.getBBox());
    backdrop.setMatrix(page.getMatrix().createAffineTransform());
    if (page.getGroup() != null) {
      backdrop.setGroup(page.getGroup());
    }
    return backdrop;
  }
}
