package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name reads back as it was typed even where its face draws two characters with one glyph.
 * NanumGothic draws U+30FB KATAKANA MIDDLE DOT with the glyph of U+00B7 MIDDLE DOT, and 金 (U+91D1)
 * with the glyph of ⾦ (U+2FA6 KANGXI RADICAL GOLD); a PDF names one character per glyph, the
 * lowest, so without an actual text "김・민수" was extracted as "김·민수" and "金鍾泌" as "⾦鍾泌" (found by
 * {@code RenderFuzzTest}, seed -6728845485411940445). PDFBox and poppler both read it.
 */
class SharedGlyphTextTest {

  @ParameterizedTest(name = "{0} in the {1} edition")
  @CsvSource({
    "ヤマダ・ハナコ, ne",
    "ヤマダ・ハナコ, ko",
    "김・민수, ne",
    "김・민수, en",
    "金鍾泌, ko",
    "金鍾泌, ne",
    "んゐぶすぱ뇧흠・lkfmkzvjty, ne"
  })
  void theNameReadsBackAsTyped(String name, String lang) {
    Booklets.Options options = TestBooklets.options();
    options =
        new Booklets.Options(
            options.paper(),
            Optional.of(lang),
            options.today(),
            options.created(),
            options.tagged());
    byte[] pdf = TestBooklets.pdf(TestBooklets.get(), TestBooklets.student(name), options).pdf();
    assertTrue(TestBooklets.text(pdf).contains(name), () -> "PDFBox does not read back " + name);
    OutsideReader.require(
        "needs poppler's pdftotext (apt-get install poppler-utils)", null, "pdftotext", "-v");
    List<String> pages = OutsideReader.pdftotext(pdf);
    assertTrue(String.join("\n", pages).contains(name), () -> "poppler does not read back " + name);
  }
}
