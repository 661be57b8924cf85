package org.departurebooklet.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;

/**
 * Writes the {@code /ActualText} of shaped runs inline in an uncompressed page content stream.
 *
 * <p>{@link ShapingTextRenderer} can only open a marked-content span through OpenHTMLtoPDF, which
 * refers to its property list by name ({@code /Span /Prop7 BDC}, the list in the page resources).
 * PDFBox's text extraction reads the actual text either way, but poppler ({@code pdftotext}, and
 * the PDF viewers built on it) reads it only from a list written in the operator itself ({@code
 * /Span <</ActualText <FEFF...>>> BDC}), and otherwise extracts the glyphs: a conjunct then comes
 * out as nothing or as the wrong letters. A span whose list holds nothing but its actual text is
 * rewritten that way, and its named list is no longer needed.
 *
 * <p>The scan is {@link EmptyArtifacts}': a match counts only at the start of a line and outside
 * strings. A stream with an inline image is left as it is. Stateless.
 */
final class ActualTextSpans {

  private static final byte[] OPEN = "/Span /".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CLOSE = " BDC\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] INLINE_IMAGE = "BI\n".getBytes(StandardCharsets.US_ASCII);

  /** The stream with its spans' actual texts inline, and the property names it no longer uses. */
  record Result(byte[] content, Set<String> inlined) {}

  private ActualTextSpans() {}

  static Result inline(byte[] in, COSDictionary properties) {
    if (!anyActualText(properties)) {
      return new Result(in, Set.of()); // a page with no shaped run: nothing to find (most pages)
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + in.length / 4);
    Set<String> inlined = new HashSet<>();
    int copyFrom = 0;
    int i = 0;
    while (i < in.length) {
      byte b = in[i];
      if (b == '(') {
        i = EmptyArtifacts.skipLiteralString(in, i);
        continue;
      }
      if (b == '<') {
        i = i + 1 < in.length && in[i + 1] == '<' ? i + 2 : EmptyArtifacts.skip(in, i, (byte) '>');
        continue;
      }
      if (b == '%') {
        i = EmptyArtifacts.skip(in, i, (byte) '\n');
        continue;
      }
      boolean lineStart = i == 0 || in[i - 1] == '\n';
      if (lineStart && b == 'B' && EmptyArtifacts.startsWith(in, i, INLINE_IMAGE)) {
        return new Result(in, Set.of());
      }
      if (lineStart && b == '/' && EmptyArtifacts.startsWith(in, i, OPEN)) {
        int nameStart = i + OPEN.length;
        int nameEnd = nameStart;
        while (nameEnd < in.length && EmptyArtifacts.isNameChar(in[nameEnd])) {
          nameEnd++;
        }
        String name = new String(in, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII);
        String text =
            EmptyArtifacts.startsWith(in, nameEnd, CLOSE) ? actualText(properties, name) : null;
        if (text != null) {
          out.write(in, copyFrom, i - copyFrom);
          out.writeBytes(
              ("/Span <</ActualText " + text + ">> BDC\n").getBytes(StandardCharsets.US_ASCII));
          inlined.add(name);
          i = nameEnd + CLOSE.length;
          copyFrom = i;
          continue;
        }
        i = nameEnd;
        continue;
      }
      i++;
    }
    if (inlined.isEmpty()) {
      return new Result(in, Set.of());
    }
    out.write(in, copyFrom, in.length - copyFrom);
    return new Result(out.toByteArray(), Set.copyOf(inlined));
  }

  private static boolean anyActualText(COSDictionary properties) {
    if (properties == null) {
      return false;
    }
    for (COSBase value : properties.getValues()) {
      COSBase list = value instanceof COSObject o ? o.getObject() : value;
      if (list instanceof COSDictionary d && d.containsKey(COSName.ACTUAL_TEXT)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actual text of a named list that holds nothing else, as a hexadecimal string; else null.
   */
  private static String actualText(COSDictionary properties, String name) {
    if (properties == null
        || name.isEmpty()
        || !(properties.getDictionaryObject(COSName.getPDFName(name)) instanceof COSDictionary list)
        || list.size() != 1
        || !(list.getDictionaryObject(COSName.ACTUAL_TEXT) instanceof COSString text)) {
      return null;
    }
    return "<" + HexFormat.of().withUpperCase().formatHex(text.getBytes()) + ">";
  }
}
