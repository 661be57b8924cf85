package org.departurebooklet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.model.School;
import org.departurebooklet.view.Paper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every booklet passes veraPDF for PDF/UA-1 and PDF/A-2u with zero failed rules. */
class ConformanceTest {

  static List<Arguments> editions() {
    return TestBooklets.get().languages().stream()
        .flatMap(lang -> Stream.of(Paper.values()).map(p -> Arguments.of(lang, p)))
        .toList();
  }

  private static byte[] booklet(String lang, Paper paper) {
    Booklets.Options options =
        new Booklets.Options(
            paper, Optional.of(lang), TestBooklets.TODAY, TestBooklets.options().created());
    return TestBooklets.pdf(TestBooklets.get(), TestBooklets.sample(), options).pdf();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("editions")
  void everyEditionIsPdfUa1(String lang, Paper paper) throws Exception {
    assertEquals(List.of(), Conformance.failures(booklet(lang, paper), PDFAFlavour.PDFUA_1));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("editions")
  void everyEditionIsPdfA2u(String lang, Paper paper) throws Exception {
    assertEquals(List.of(), Conformance.failures(booklet(lang, paper), PDFAFlavour.PDFA_2_U));
  }

  /**
   * A name in hangul lies outside the trimmed fonts' repertoire: the booklet embeds the full fonts.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("flavours")
  void aBookletFromTheFullFontsConforms(PDFAFlavour flavour) throws Exception {
    byte[] pdf =
        TestBooklets.pdf(TestBooklets.get(), TestBooklets.student("김민준"), TestBooklets.options())
            .pdf();
    assertEquals(List.of(), Conformance.failures(pdf, flavour));
  }

  /** An advisor's handout: the school at the foot of the cover, and deadlines already overdue. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("flavours")
  void aHandoutWithASchoolAndOverdueItemsConforms(PDFAFlavour flavour) throws Exception {
    Booklets withSchool =
        Booklets.open(
            AssetDirs.packaged(),
            Optional.of(
                new School(
                    "Sakura International College", Optional.of("International Office, room 203"))),
            "school.yaml");
    for (String lang : List.of("en", "ja", "vi", "zh", "ko", "ne")) {
      Booklets.Options options =
          new Booklets.Options(
              Paper.A5,
              Optional.of(lang),
              LocalDate.of(2027, 4, 5),
              TestBooklets.options().created());
      assertEquals(
          List.of(),
          Conformance.failures(
              TestBooklets.pdf(withSchool, TestBooklets.sample(), options).pdf(), flavour),
          lang);
    }
  }

  static List<PDFAFlavour> flavours() {
    return List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U);
  }
}
