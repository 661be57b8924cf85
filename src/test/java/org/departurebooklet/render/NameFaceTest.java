package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The student's name on the cover is set in one bold face: Latin letters in the Latin face in every
 * edition, hangul in NanumGothic Bold (not WenQuanYi's single weight), kanji in BIZ UDPGothic,
 * Devanagari in Noto Sans Devanagari Bold (shaped).
 */
class NameFaceTest {

  @ParameterizedTest
  @CsvSource({
    "ja, Maximiliana Alexandrina Wolfeschlegelsteinhausenbergerdorff, NotoSans-Bold",
    "ja, Nguyễn Thị Minh Khai, NotoSans-Bold",
    "ja, 김민준, NanumGothicBold",
    "en, 김민준, NanumGothicBold",
    "ja, 王小明, BIZUDPGothic-Bold",
    "en, सरिता कुमारी श्रेष्ठ, NotoSansDevanagari-Bold",
    "ne, सरिता कुमारी श्रेष्ठ, NotoSansDevanagari-Bold",
    "ne, Lê Thị Hồng Nhung, NotoSans-Bold"
  })
  void theNameIsSetInOneBoldFace(String lang, String name, String face) throws IOException {
    Booklets.Options options = TestBooklets.options();
    options =
        new Booklets.Options(
            options.paper(),
            Optional.of(lang),
            options.today(),
            options.created(),
            options.tagged());
    byte[] pdf = TestBooklets.pdf(TestBooklets.get(), TestBooklets.student(name), options).pdf();
    assertEquals(List.of(face), facesOf(pdf, name));
  }

  /** The faces (subset prefix dropped) that draw the characters of {@code text} on page 1. */
  private static List<String> facesOf(byte[] pdf, String text) throws IOException {
    List<String> faces = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> positions) {
              if (line.strip().equals(text)
                  || text.startsWith(line.strip()) && line.strip().length() > 3) {
                positions.stream()
                    .filter(p -> !p.getUnicode().isBlank())
                    .map(p -> p.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""))
                    .distinct()
                    .filter(f -> !faces.contains(f))
                    .forEach(faces::add);
              }
            }
          };
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      stripper.getText(doc);
    }
    return faces;
  }
}
