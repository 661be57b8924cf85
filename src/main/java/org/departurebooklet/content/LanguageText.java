package org.departurebooklet.content;

import java.util.List;
import java.util.Map;

/** The files of one language folder, content/&lt;code&gt;/, as written. */
public final class LanguageText {

  private LanguageText() {}

  /** content/&lt;code&gt;/strings.yaml: the booklet's interface strings and typography. */
  public record Strings(
      String languageName,
      String locale,
      String dateFormat,
      String shortDateFormat,
      List<String> fonts,
      Double lineHeight,
      String bookletTitle,
      String bookletSubtitle,
      String coverPreparedFor,
      String coverStudentId,
      String coverPlan,
      String coverDestination,
      String coverGraduation,
      String coverMoveOut,
      String coverDeparture,
      String coverGenerated,
      String coverFactsChecked,
      String coverSchool,
      String planReturnHome,
      String planWorkAbroad,
      String planUndecided,
      String contentsTitle,
      String footer,
      String timelineTitle,
      String timelineIntro,
      String timelineColDue,
      String timelineColTask,
      String timelineColNotes,
      String timelineFromTo,
      String timelineFrom,
      String timelineOverdue,
      String timelineOverdueHint,
      String labelWhen,
      String labelWhat,
      String labelWhere,
      String labelBring,
      String labelTerm,
      String labelScan,
      String qrAlt,
      String qrSearch,
      String sourceExample,
      String sourceOwnCity,
      Map<String, String> cities,
      String comparisonTitle,
      String preparationsTitle,
      String servicesTitle,
      String servicesIntro,
      String servicesFitDestination,
      String servicesFitPlan,
      String servicesColRegions,
      String notesTitle,
      String notesIntro,
      String documentSubject,
      String documentAuthor,
      String disclaimer,
      PlanStrings plan,
      Map<String, PhaseText> phases,
      String labelHow,
      String labelGlance,
      Map<String, String> ways,
      String backTitle,
      String backEmergency,
      List<String> backLines,
      String contactsTitle,
      String contactsIntro,
      List<String> contactsRows,
      RuleStrings rules,
      HandoutStrings handout) {}

  /**
   * A deadline rule in words, for a handout without a student (strings.yaml {@code rules:}): {@code
   * anchors} name the student's dates, {@code units} write an amount ({@code {n} days}), the rest
   * put them together.
   */
  public record RuleStrings(
      Map<String, String> anchors,
      Map<String, String> units,
      String pointBefore,
      String pointAfter,
      String within,
      String by,
      String window,
      String notice,
      String officeAdvice) {}

  /** An advisor's handout (strings.yaml {@code handout:}): its cover, blanks and session box. */
  public record HandoutStrings(
      String title,
      String subtitle,
      String intro,
      List<String> blanks,
      String writeDate,
      String session,
      String sessionWhen,
      String sessionRoom,
      String sessionAdvisor,
      String sessionBring,
      String sessionPage,
      String visitTitle,
      String visitIntro,
      String visitBring,
      String fullBooklet) {}

  /** A phase of leaving (common.yaml phases): its heading and one line of what it is about. */
  public record PhaseText(String title, String intro) {}

  /**
   * The words of the plan (strings.yaml {@code plan:}): office days, the recommended day, where a
   * step stands today and what a student must be told about it. Placeholders are filled from the
   * plan: {@code {date}}, {@code {day}}, {@code {due}}, {@code {counter}}, {@code {office}}, {@code
   * {reason}}, {@code {year}}, {@code {page}}.
   */
  public record PlanStrings(
      String best,
      String reminder,
      String today,
      String pageRef,
      String colPage,
      String officeClosed,
      String officeCityHall,
      String officeImmigration,
      String officeBank,
      String officePostOffice,
      String closedWeekend,
      String closedHoliday,
      String closedNewYear,
      String onlineCounter,
      String statusDueToday,
      String statusThisWeek,
      String statusOpenNow,
      String statusTooLate,
      String afterDeparture,
      String afterDepartureOnline,
      String noticeTooShort,
      String dayPassed,
      String leftJapan,
      String holidaysUntil,
      String nextTitle,
      String nextAbroadTitle,
      String nextLater,
      String countdown,
      String termPlain) {}

  /**
   * One entry of content/&lt;code&gt;/procedures.yaml; {@code note} and {@code search} may be null.
   *
   * @param search the words that find the official page on its site, printed with the site under
   *     the QR code when the link is too long to type ({@code 脱退一時金} on nenkin.go.jp)
   */
  public record ProcedureText(
      String title,
      String checklist,
      String summary,
      List<String> what,
      String where,
      List<String> bring,
      String note,
      String search) {}

  /** content/&lt;code&gt;/comparison.yaml. */
  public record ComparisonText(
      String intro,
      String colItem,
      String colAdvantage,
      String colDisadvantage,
      Map<String, Row> rows) {

    /** One row of the table. */
    public record Row(String item, String advantage, String disadvantage) {}
  }

  /** content/&lt;code&gt;/preparations.yaml. */
  public record PreparationsText(String intro, Map<String, Item> items) {

    /** One preparation. */
    public record Item(String title, String text) {}
  }

  /** content/&lt;code&gt;/services.yaml. */
  public record ServicesText(Map<String, String> types, Map<String, Service> services) {

    /**
     * One service's text; {@code search} may be null: the words that find its page on its site,
     * printed with the site when the link is too long to type.
     */
    public record Service(String regions, String strengths, String search) {}
  }
}
