package org.departurebooklet;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.departurebooklet.fuzz.Fuzz;
import org.departurebooklet.fuzz.Gen;
import org.departurebooklet.fuzz.Inputs;
import org.departurebooklet.fuzz.StudentRecords;
import org.departurebooklet.model.CleanText;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.view.Paper;
import org.junit.jupiter.api.Test;

/**
 * The whole way from a record to a PDF, with random names (any script, markup, invisible
 * characters), dates from 2000 to 2100, plans, countries, editions, papers, days and creation
 * dates: a record the check accepts always renders, and its booklet prints the cleaned name. Few
 * tries in CI (a booklet takes a few hundred milliseconds).
 */
class RenderFuzzTest {

  /** A record and the options it is made with. */
  private record Order(Map<String, String> fields, Booklets.Options options) {
    @Override
    public String toString() {
      return Inputs.describe(fields) + " " + options;
    }
  }

  private static final long LAST_PDF_SECOND =
      253402300799L; // 9999-12-31T23:59:59Z, the last a PDF date holds

  @Test
  void aRecordTheCheckAcceptsRendersABookletThatPrintsItsName() {
    Gen<Map<String, String>> records = StudentRecords.valid();
    Gen<LocalDate> day = StudentRecords.day();
    Gen<Instant> created =
        Gen.frequency(
            Gen.weight(3, day.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())),
            Gen.weight(
                1, random -> Instant.ofEpochSecond((long) (random.nextDouble() * LAST_PDF_SECOND))),
            Gen.weight(1, Gen.oneOf(Instant.EPOCH, Instant.ofEpochSecond(LAST_PDF_SECOND))));
    Gen<Order> orders =
        random ->
            new Order(
                records.next(random),
                new Booklets.Options(
                    Gen.oneOf(Paper.values()).next(random),
                    Gen.oneOf(
                            Optional.<String>empty(),
                            Optional.of("en"),
                            Optional.of("ja"),
                            Optional.of("vi"),
                            Optional.of("zh"),
                            Optional.of("ko"),
                            Optional.of("ne"))
                        .next(random),
                    day.next(random),
                    created.next(random),
                    random.nextInt(4) > 0));
    Fuzz.check(
        20,
        orders,
        order -> {
          Booklets booklets = TestBooklets.get();
          Booklets.Check check = booklets.check(order.fields(), order.options());
          if (!check.ok()) {
            return; // refused (a name no font prints): CheckFuzzTest holds refusals to their fields
          }
          Booklets.Rendered booklet = booklets.pdf(check.student().orElseThrow());
          assertTrue(booklet.pages() > 0);
          String name = CleanText.clean(order.fields().get(StudentFields.NAME));
          String text = squeezed(TestBooklets.text(booklet.pdf()));
          // A combining mark drawn over a letter of another font comes back from PDFBox's
          // extraction
          // merged by position, not always where it was typed: such names are compared by their
          // letters.
          boolean marks = MARKS.matcher(name).find();
          assertTrue(
              marks ? unmarked(text).contains(unmarked(name)) : text.contains(squeezed(name)),
              () -> "the booklet does not print the name " + Inputs.quoted(name));
        });
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  /** The text's letters without their combining marks. */
  private static String unmarked(String text) {
    return MARKS.matcher(Normalizer.normalize(squeezed(text), Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * Text as extracted and as typed compare alike: composed, and without white space or soft
   * hyphens.
   */
  private static String squeezed(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00AD\\u200B]+", "");
  }
}
