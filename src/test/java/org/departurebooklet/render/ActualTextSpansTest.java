package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.junit.jupiter.api.Test;

/**
 * A span whose property list holds only its actual text gets it inline (poppler reads it only
 * there); every other marked-content sequence, and what looks like one inside a string, stays.
 */
class ActualTextSpansTest {

  private static COSDictionary properties() {
    COSDictionary properties = new COSDictionary();
    COSDictionary span = new COSDictionary();
    span.setString(COSName.ACTUAL_TEXT, "कि");
    properties.setItem(COSName.getPDFName("Prop1"), span);
    COSDictionary tagged = new COSDictionary();
    tagged.setInt(COSName.MCID, 3);
    properties.setItem(COSName.getPDFName("Prop2"), tagged);
    return properties;
  }

  private static ActualTextSpans.Result inline(String content) {
    return ActualTextSpans.inline(content.getBytes(StandardCharsets.ISO_8859_1), properties());
  }

  @Test
  void theActualTextOfASpanIsWrittenInline() {
    ActualTextSpans.Result result =
        inline("/P /Prop2 BDC\n/Span /Prop1 BDC\nBT\n<025F0019> Tj\nET\nEMC\nEMC\n");
    String hex = new COSString("कि").toHexString();
    assertEquals(
        "/P /Prop2 BDC\n/Span <</ActualText <" + hex + ">>> BDC\nBT\n<025F0019> Tj\nET\nEMC\nEMC\n",
        new String(result.content(), StandardCharsets.ISO_8859_1));
    assertEquals(Set.of("Prop1"), result.inlined());
  }

  @Test
  void otherSequencesAndStringsAreLeftAsTheyAre() {
    String content =
        "/Span /Prop2 BDC\nEMC\n/Span /Prop9 BDC\nEMC\nBT\n(x\n/Span /Prop1 BDC\n) Tj\nET\n";
    ActualTextSpans.Result result = inline(content);
    assertEquals(content, new String(result.content(), StandardCharsets.ISO_8859_1));
    assertEquals(Set.of(), result.inlined());
  }
}
