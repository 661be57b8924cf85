package org.departurebooklet.fuzz;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.departurebooklet.model.Plan;
import org.departurebooklet.model.StudentFields;

/**
 * Student records as a student file, a roster row or the web form carries them (field name to
 * text): valid ones with random names, dates and plans, and hostile ones. Stateless.
 */
public final class StudentRecords {

  /** Every country a student may leave for (all of ISO 3166-1 but Japan). */
  public static final List<String> COUNTRIES =
      Arrays.stream(Locale.getISOCountries()).filter(c -> !c.equals("JP")).sorted().toList();

  private static final LocalDate FIRST = LocalDate.of(StudentFields.FIRST_YEAR, 1, 1);
  private static final LocalDate LAST = LocalDate.of(StudentFields.LAST_YEAR, 12, 31);

  private StudentRecords() {}

  /** A day from 2000 to 2100, the range the tool accepts. */
  public static Arbitrary<LocalDate> day() {
    return Arbitraries.longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /**
   * A record every check accepts, but for its name, which may hold characters no font prints:
   * graduation, then departure up to 400 days later, a move-out up to 60 days before it (or none),
   * any plan, any country but Japan, any of the three editions or none, a notice period or none.
   */
  public static Arbitrary<Map<String, String>> valid() {
    Arbitrary<LocalDate[]> dates = Combinators.combine(day(), Arbitraries.integers().between(0, 400),
        Arbitraries.integers().between(-1, 60)).as((graduation, stay, early) -> {
          LocalDate departure = min(graduation.plusDays(stay), LAST);
          LocalDate moveOut = early < 0 ? null : max(departure.minusDays(early), FIRST);
          return new LocalDate[] {graduation, departure, moveOut};
        });
    Arbitrary<String> id = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars('-')
        .ofMaxLength(StudentFields.MAX_ID_LENGTH);
    return Combinators.combine(HostileText.name(), id, dates, Arbitraries.of(Plan.class), Arbitraries.of(COUNTRIES),
        Arbitraries.of("", "en", "ja", "vi"), Arbitraries.integers().between(-1, 365))
        .as((name, studentId, d, plan, country, language, notice) -> {
          Map<String, String> fields = new HashMap<>();
          fields.put(StudentFields.NAME, name);
          fields.put(StudentFields.STUDENT_ID, studentId);
          fields.put(StudentFields.GRADUATION_DATE, d[0].toString());
          fields.put(StudentFields.DEPARTURE_DATE, d[1].toString());
          fields.put(StudentFields.MOVE_OUT_DATE, d[2] == null ? "" : d[2].toString());
          fields.put(StudentFields.PLAN, plan.code());
          fields.put(StudentFields.DESTINATION, country);
          fields.put(StudentFields.LANGUAGE, language);
          fields.put(StudentFields.NOTICE_DAYS, notice < 0 ? "" : notice.toString());
          return fields;
        });
  }

  /**
   * A record of anything: each field absent, empty, a valid value, a near miss (a code in other
   * cases or look-alike letters, a date in another shape) or hostile text.
   */
  public static Arbitrary<Map<String, String>> any() {
    return valid().flatMap(good -> {
      List<Arbitrary<Tuple.Tuple2<String, String>>> fields = StudentFields.ALL.stream()
          .map(field -> anyValue(good.get(field)).map(v -> Tuple.of(field, v)))
          .toList();
      return Combinators.combine(fields).as(pairs -> {
        Map<String, String> record = new HashMap<>();
        pairs.forEach(p -> record.put(p.get1(), p.get2()));
        return record;
      });
    });
  }

  private static Arbitrary<String> anyValue(String good) {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(good)),
        Tuple.of(1, Arbitraries.just((String) null)),
        Tuple.of(1, Arbitraries.of("", " ", "\u200B")),
        Tuple.of(3, HostileText.variantOf(good)),
        Tuple.of(2, HostileText.codeLike(3)),
        Tuple.of(1, Arbitraries.of("2027-02-30", "2027-2-3", "+2027-03-18", "27-03-18", "2027/03/18",
            "１２", "٣٠", "-0", "+30", "0x1E", "1e3", "99999999999", "NaN")),
        Tuple.of(2, HostileText.any(20)));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
