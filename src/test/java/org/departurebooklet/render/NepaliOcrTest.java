package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An outside reader's check of the shaping: tesseract, trained on Nepali print (Debian's
 * tesseract-ocr-nep), reads most of the words of a printed Nepali page as the text layer says them;
 * of the same page as OpenHTMLtoPDF draws it unshaped, it reads far fewer.
 */
class NepaliOcrTest {

  /** A word in Devanagari: letters and their vowel signs. */
  private static final Pattern WORD = Pattern.compile("[\\p{IsDevanagari}&&[\\p{L}\\p{M}]]+");

  /** A page of prose: the first procedures. */
  private static final int PAGE = 5;

  private static final float DPI = 300;

  static String xhtml;
  static byte[] pdf;

  @BeforeAll
  static void render() {
    Booklets.Options options = TestBooklets.options();
    options =
        new Booklets.Options(
            options.paper(),
            Optional.of("ne"),
            options.today(),
            options.created(),
            options.tagged());
    xhtml = TestBooklets.xhtml(TestBooklets.get(), TestBooklets.sample(), options);
    pdf = TestBooklets.pdf(TestBooklets.get(), TestBooklets.sample(), options).pdf();
  }

  @Test
  void tesseractReadsMostWordsOfAShapedPageAsTheTextLayerSaysThem() throws IOException {
    OutsideReader.require(
        "needs tesseract with Nepali (apt-get install tesseract-ocr tesseract-ocr-nep)",
        "nep",
        "tesseract",
        "--list-langs");
    List<String> said = words(textLayer(pdf));
    Set<String> read = new HashSet<>(words(OutsideReader.tesseract(png(pdf), "nep")));
    Set<String> readUnshaped =
        new HashSet<>(
            words(
                OutsideReader.tesseract(
                    png(NepaliShapingTest.unshaped(TestBooklets.get().fonts(), xhtml)), "nep")));
    double shaped = share(said, read);
    double unshaped = share(said, readUnshaped);
    String figures =
        String.format(
            Locale.ROOT,
            "%d words; read %.0f %% shaped, %.0f %% unshaped",
            said.size(),
            100 * shaped,
            100 * unshaped);
    assertTrue(said.size() > 50, figures);
    assertTrue(shaped >= 0.8, figures);
    assertTrue(unshaped <= shaped - 0.2, figures); // measured: 100 % and 65 % of 117 words
  }

  /** The share of the words the text layer says that the OCR read too. */
  private static double share(List<String> said, Set<String> read) {
    return said.stream().filter(read::contains).count() / (double) said.size();
  }

  private static String textLayer(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(PAGE);
      stripper.setEndPage(PAGE);
      return stripper.getText(doc);
    }
  }

  private static byte[] png(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(PAGE - 1, DPI, ImageType.GRAY);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    }
  }

  /**
   * The Devanagari words of a text; tesseract writes a ZWNJ after a final halant, which is dropped.
   */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.replace("\u200C", "").replace("\u200D", ""));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
