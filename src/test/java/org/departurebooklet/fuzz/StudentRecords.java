package org.departurebooklet.fuzz;

import static org.departurebooklet.fuzz.Gen.weight;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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

  /** Values that are nearly right: dates in other shapes, numbers written oddly. */
  private static final List<String> NEAR_MISSES =
      List.of(
          "2027-02-30",
          "2027-2-3",
          "+2027-03-18",
          "27-03-18",
          "2027/03/18",
          "1999-12-31",
          "2101-01-01",
          "１２",
          "٣٠",
          "-0",
          "+30",
          "0x1E",
          "1e3",
          "99999999999",
          "NaN",
          "366");

  private StudentRecords() {}

  /** A day from 2000 to 2100, the range the tool accepts; the two ends now and then. */
  public static Gen<LocalDate> day() {
    return Gen.between((int) FIRST.toEpochDay(), (int) LAST.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /**
   * A record every check accepts, but for its name, which may hold characters no font prints:
   * graduation, then departure up to 400 days later, a move-out up to 60 days before it (or none),
   * any plan, any country but Japan, any of the three editions or none, a notice period or none.
   */
  public static Gen<Map<String, String>> valid() {
    Gen<String> name = HostileText.name();
    Gen<LocalDate> day = day();
    Gen<Integer> stay = Gen.between(0, 400);
    Gen<Integer> early = Gen.between(-1, 60);
    Gen<Integer> notice = Gen.between(-1, 365);
    return random -> {
      LocalDate graduation = day.next(random);
      LocalDate departure = min(graduation.plusDays(stay.next(random)), LAST);
      int before = early.next(random);
      Map<String, String> fields = new HashMap<>();
      fields.put(StudentFields.NAME, name.next(random));
      fields.put(StudentFields.STUDENT_ID, studentId(random));
      fields.put(StudentFields.GRADUATION_DATE, graduation.toString());
      fields.put(StudentFields.DEPARTURE_DATE, departure.toString());
      fields.put(
          StudentFields.MOVE_OUT_DATE,
          before < 0 ? "" : max(departure.minusDays(before), FIRST).toString());
      fields.put(StudentFields.PLAN, Plan.values()[random.nextInt(Plan.values().length)].code());
      fields.put(StudentFields.DESTINATION, COUNTRIES.get(random.nextInt(COUNTRIES.size())));
      fields.put(StudentFields.LANGUAGE, List.of("", "en", "ja", "vi").get(random.nextInt(4)));
      int days = notice.next(random);
      fields.put(StudentFields.NOTICE_DAYS, days < 0 ? "" : Integer.toString(days));
      return fields;
    };
  }

  /**
   * A record of anything: each field absent, empty, a valid value, a near miss (a code in other
   * cases or look-alike letters, a date in another shape) or hostile text.
   */
  public static Gen<Map<String, String>> any() {
    Gen<Map<String, String>> valid = valid();
    return random -> {
      Map<String, String> record = new HashMap<>(valid.next(random));
      for (String field : StudentFields.ALL) {
        record.put(field, amiss(record.get(field)).next(random));
      }
      return record;
    };
  }

  /** A valid record with one field amiss: what finds a check that lets a bad value through. */
  public static Gen<Map<String, String>> oneFieldAmiss() {
    Gen<Map<String, String>> valid = valid();
    return random -> {
      Map<String, String> record = new HashMap<>(valid.next(random));
      String field = StudentFields.ALL.get(random.nextInt(StudentFields.ALL.size()));
      record.put(field, amiss(record.get(field)).next(random));
      return record;
    };
  }

  /** What becomes of a good value: kept, dropped, emptied, a near miss or hostile text. */
  private static Gen<String> amiss(String good) {
    return Gen.frequency(
        weight(6, Gen.constant(good)),
        weight(1, Gen.constant(null)),
        weight(1, Gen.oneOf("", " ", "\u200B")),
        weight(3, HostileText.variantOf(good)),
        weight(2, HostileText.codeLike(3)),
        weight(1, Gen.oneOf(NEAR_MISSES)),
        weight(2, HostileText.any(20)));
  }

  private static String studentId(Random random) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";
    StringBuilder id = new StringBuilder();
    int length = random.nextInt(StudentFields.MAX_ID_LENGTH + 1);
    for (int i = 0; i < length; i++) {
      id.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return id.toString();
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
