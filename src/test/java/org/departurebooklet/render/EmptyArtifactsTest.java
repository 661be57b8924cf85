package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.api.Test;

/** Empty artifact sequences go; everything that draws or carries a tag stays, byte for byte. */
class EmptyArtifactsTest {

  private static String strip(String content) {
    return new String(
        EmptyArtifacts.strip(content.getBytes(StandardCharsets.ISO_8859_1)).content(),
        StandardCharsets.ISO_8859_1);
  }

  @Test
  void removesEmptySequencesAndKeepsThoseThatDraw() {
    String in =
        "q\n/Artifact /Prop1 BDC\nEMC\n/Artifact /Prop2 BDC\n0 0 1 rg\n0 0 5 5 re\nf\nEMC\n"
            + "/Artifact /Prop3 BDC\nEMC\nQ\n";
    EmptyArtifacts.Result result = EmptyArtifacts.strip(in.getBytes(StandardCharsets.US_ASCII));
    assertEquals(
        "q\n/Artifact /Prop2 BDC\n0 0 1 rg\n0 0 5 5 re\nf\nEMC\nQ\n",
        new String(result.content(), StandardCharsets.US_ASCII));
    assertEquals(Set.of("Prop1", "Prop3"), result.removed());
    assertEquals(Set.of("Prop2"), result.kept());
  }

  @Test
  void removesNestedEmptySequences() {
    assertEquals("Q\n", strip("/Artifact /Prop1 BDC\n/Artifact /Prop2 BDC\nEMC\nEMC\nQ\n"));
  }

  @Test
  void keepsTaggedContentAndOtherMarkedContent() {
    String in =
        "/Span <</MCID 0>> BDC\nEMC\n/Artifact BMC\nEMC\n/Artifact /Prop1 BDC\n/Span <</MCID 1>> BDC\nEMC\nEMC\n";
    assertEquals(in, strip(in));
  }

  @Test
  void ignoresLookalikesInsideStrings() {
    // Glyph codes in a string can be any bytes, newlines and the operator names included.
    String literal = "BT\n(a\\)\n/Artifact /Prop1 BDC\nEMC\n(nested)) Tj\nET\n";
    assertEquals(literal, strip(literal));
    String hex = "BT\n<0A2F4172\n/Artifact /Prop1 BDC\nEMC\n> Tj\nET\n";
    assertEquals(hex, strip(hex));
  }

  @Test
  void leavesStreamsWithInlineImagesAlone() {
    String in = "/Artifact /Prop1 BDC\nEMC\nq\nBI\n/W 1 /H 1 /CS /G /BPC 8\nID\n\u00ff\nEI\nQ\n";
    assertEquals(in, strip(in));
  }

  private static final Pattern EMPTY_ARTIFACT =
      Pattern.compile("(?m)^/Artifact /Prop\\d+ BDC\nEMC$");
  private static final Pattern PROPERTY_USE = Pattern.compile("/(Prop\\d+) BDC\n");

  @Test
  void renderedBookletKeepsEveryReferencedPropertyListAndNoEmptySequence() throws IOException {
    byte[] pdf =
        TestBooklets.pdf(TestBooklets.get(), TestBooklets.sample(), TestBooklets.options()).pdf();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int artifacts = 0;
      for (PDPage page : doc.getPages()) {
        String content;
        try (InputStream in = page.getContents()) {
          content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        assertFalse(EMPTY_ARTIFACT.matcher(content).find(), "an empty artifact is left");
        var properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        Set<String> used = new HashSet<>();
        Matcher m = PROPERTY_USE.matcher(content);
        while (m.find()) {
          used.add(m.group(1));
          assertTrue(
              properties != null && properties.containsKey(m.group(1)),
              m.group(1) + " is drawn but has no property list");
        }
        Set<String> listed = new HashSet<>();
        if (properties != null) {
          properties.keySet().forEach(k -> listed.add(k.getName()));
        }
        assertEquals(used, listed, "property lists nothing refers to");
        artifacts += used.size();
      }
      assertTrue(
          artifacts > 20,
          "the booklet's rules and boxes are still marked as artifacts: " + artifacts);
    }
  }
}
