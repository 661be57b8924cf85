package org.departurebooklet.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.departurebooklet.content.Content;
import org.departurebooklet.content.LanguageText.Strings;
import org.departurebooklet.model.School;
import org.departurebooklet.model.Student;
import org.departurebooklet.plan.DeparturePlan;
import org.departurebooklet.plan.PlanStep;

/** Builds the {@link BookletView} of one student. Stateless and thread-safe. */
public final class BookletViews {

  private static final String CONTENTS_ID = "contents";
  private static final String BACK_ID = "back";

  /** How far each phase's tab sits below the one before, on the outer edge. */
  private static final double TAB_STEP_MM = 14;

  private BookletViews() {}

  /**
   * @param fontStack the CSS font-family list for the body text
   * @param nameFontStack the CSS font-family list that covers the student's name best
   * @param extraNotes notes pages beyond the first, so the page count folds (see {@code Folding})
   */
  public static BookletView of(
      Content content,
      DeparturePlan plan,
      Student student,
      Optional<School> school,
      Paper paper,
      String fontStack,
      String nameFontStack,
      int extraNotes) {
    Strings s = content.strings();
    String lang = content.language();
    PlanWords words = new PlanWords(content);
    LocalDate today = plan.today().orElseThrow();
    String made = s.coverGenerated().replace("{date}", words.date(today));
    String factsChecked =
        s.coverFactsChecked().replace("{date}", words.date(content.factsChecked()));

    String country = new Locale("", student.destination()).getDisplayCountry(content.locale());
    List<BookletView.Field> facts = new ArrayList<>();
    student.studentId().ifPresent(id -> facts.add(new BookletView.Field(s.coverStudentId(), id)));
    facts.add(new BookletView.Field(s.coverPlan(), content.planName(student.plan())));
    facts.add(new BookletView.Field(s.coverDestination(), country));
    List<BookletView.Field> dates = new ArrayList<>();
    dates.add(new BookletView.Field(s.coverGraduation(), words.date(student.graduationDate())));
    if (!student.moveOutDate().equals(student.departureDate())) {
      dates.add(new BookletView.Field(s.coverMoveOut(), words.date(student.moveOutDate())));
    }
    dates.add(new BookletView.Field(s.coverDeparture(), words.date(student.departureDate())));
    BookletView.Cover cover =
        new BookletView.Cover(
            s.bookletTitle(),
            s.bookletSubtitle(),
            s.coverPreparedFor(),
            student.name(),
            nameLanguage(student.name(), lang),
            nameFontStack,
            facts,
            dates,
            PlanViews.next(content, plan, words),
            made,
            factsChecked,
            school.map(School::name).orElse(null),
            s.coverSchool(),
            SharedParts.schoolContact(school),
            null,
            SharedParts.logo(
                school, SharedParts.COVER_LOGO_WIDTH_MM, SharedParts.COVER_LOGO_HEIGHT_MM));

    BookletView.Timeline timeline = PlanViews.timeline(content, plan, words);
    BookletView.Procedures procedures =
        new BookletView.Procedures(
            s.labelGlance(),
            s.labelWhen(),
            s.labelWhere(),
            s.labelHow(),
            s.labelBring(),
            s.labelWhat(),
            phases(content, plan, words, school));
    BookletView.Abroad abroad = abroad(content, plan, country);
    BookletView.Notes notes = SharedParts.notes(s, 1 + extraNotes);
    BookletView.Contacts contacts =
        new BookletView.Contacts(
            "contacts", s.contactsTitle(), s.contactsIntro(), s.contactsRows());
    BookletView.BackCover back = SharedParts.back(content, school, factsChecked, made);

    return new BookletView(
        content.language(),
        s.bookletTitle() + " – " + student.name(),
        s.documentAuthor(),
        s.documentSubject(),
        paper.view(),
        fontStack,
        String.valueOf(s.lineHeight()),
        SharedParts.footerCss(s.footer()),
        SharedParts.pageRefCss(s.plan().pageRef()),
        cover,
        contents(s, timeline, procedures, abroad, notes, contacts),
        timeline,
        procedures,
        abroad,
        notes,
        contacts,
        back,
        null,
        s.disclaimer(),
        SharedParts.brand(school));
  }

  /** The procedures by phase, each phase a chapter with its tab. */
  static List<BookletView.Phase> phases(
      Content content, DeparturePlan plan, PlanWords words, Optional<School> school) {
    List<BookletView.Phase> phases = new ArrayList<>();
    for (Content.Phase phase : content.phases()) {
      List<PlanStep> steps =
          plan.steps().stream().filter(step -> step.procedure().phase().equals(phase)).toList();
      List<BookletView.Procedure> items = new ArrayList<>();
      for (PlanStep step : steps) {
        BookletView.PhaseMark mark =
            new BookletView.PhaseMark(
                "phase-" + phase.id(),
                phase.number(),
                phase.title(),
                phase.intro(),
                String.format(Locale.ROOT, "%.1fmm", (phase.number() - 1) * TAB_STEP_MM),
                items.isEmpty());
        items.add(
            procedure(
                content,
                step,
                PlanViews.days(step, plan.today(), words, new RuleWords(content)),
                words,
                plan.noticeDays(),
                mark,
                school));
      }
      if (!items.isEmpty()) {
        phases.add(
            new BookletView.Phase(
                "phase-" + phase.id(), phase.number(), phase.title(), phase.intro(), items));
      }
    }
    return phases;
  }

  /**
   * @param country the destination's name, for a badge; null in a handout, which has none
   */
  static BookletView.Abroad abroad(Content content, DeparturePlan plan, String country) {
    Strings s = content.strings();
    String lang = content.language();
    Content.Comparison c = content.comparison();
    BookletView.Comparison comparison =
        new BookletView.Comparison(
            "comparison",
            s.comparisonTitle(),
            c.intro(),
            c.colItem(),
            c.colAdvantage(),
            c.colDisadvantage(),
            c.rows().stream()
                .map(
                    r ->
                        new BookletView.ComparisonRow(
                            ScriptRuns.split(r.item(), lang),
                            ScriptRuns.split(r.advantage(), lang),
                            ScriptRuns.split(r.disadvantage(), lang)))
                .toList());
    List<BookletView.Preparation> preparations =
        IntStream.range(0, content.preparations().items().size())
            .mapToObj(
                i ->
                    new BookletView.Preparation(
                        i + 1,
                        ScriptRuns.split(content.preparations().items().get(i).title(), lang),
                        ScriptRuns.split(content.preparations().items().get(i).text(), lang)))
            .toList();
    List<BookletView.Service> services =
        plan.services().stream()
            .map(
                p ->
                    new BookletView.Service(
                        p.service().name(),
                        ScriptRuns.split(p.service().typeName(), lang),
                        switch (p.fit()) {
                          case DESTINATION ->
                              s.servicesFitDestination().replace("{country}", country);
                          case PLAN -> s.servicesFitPlan();
                          case NONE -> null;
                        },
                        ScriptRuns.split(p.service().regions(), lang),
                        ScriptRuns.split(p.service().strengths(), lang),
                        link(content, p.service().url(), p.service().name(), p.service().search())))
            .toList();
    return new BookletView.Abroad(
        "abroad",
        comparison,
        new BookletView.Preparations(
            "preparations", s.preparationsTitle(), content.preparations().intro(), preparations),
        new BookletView.Services(
            "services", s.servicesTitle(), s.servicesIntro(), s.servicesColRegions(), services));
  }

  /** The contents page and the bookmarks: every chapter, and every procedure under its phase. */
  static BookletView.Contents contents(
      Strings s,
      BookletView.Timeline timeline,
      BookletView.Procedures procedures,
      BookletView.Abroad abroad,
      BookletView.Notes notes,
      BookletView.Contacts contacts) {
    List<BookletView.Contents.Entry> entries = new ArrayList<>();
    entries.add(new BookletView.Contents.Entry(timeline.id(), timeline.title()));
    for (BookletView.Phase phase : procedures.phases()) {
      entries.add(
          new BookletView.Contents.Entry(
              phase.id(),
              phase.number() + " " + phase.title(),
              phase.items().stream()
                  .map(
                      p ->
                          new BookletView.Contents.Entry(
                              "p-" + p.id(), p.number() + " " + p.title()))
                  .toList()));
    }
    entries.add(
        new BookletView.Contents.Entry(abroad.comparison().id(), abroad.comparison().title()));
    entries.add(
        new BookletView.Contents.Entry(abroad.preparations().id(), abroad.preparations().title()));
    entries.add(new BookletView.Contents.Entry(abroad.services().id(), abroad.services().title()));
    entries.add(new BookletView.Contents.Entry(contacts.id(), contacts.title()));
    entries.add(new BookletView.Contents.Entry(notes.id(), notes.title()));
    entries.add(new BookletView.Contents.Entry(BACK_ID, s.backTitle()));
    // The contents page follows the timeline, which opens the booklet on its first spread.
    List<BookletView.Contents.Entry> bookmarks = new ArrayList<>(entries);
    bookmarks.add(1, new BookletView.Contents.Entry(CONTENTS_ID, s.contentsTitle()));
    return new BookletView.Contents(CONTENTS_ID, s.contentsTitle(), entries, bookmarks);
  }

  private static BookletView.Procedure procedure(
      Content content,
      PlanStep step,
      PlanViews.Days days,
      PlanWords words,
      int noticeDays,
      BookletView.PhaseMark phase,
      Optional<School> school) {
    Strings s = content.strings();
    Content.Procedure p = step.procedure();
    String lang = content.language();
    // The notice period the plan counted: the student's own, or the content's usual one.
    UnaryOperator<String> notice =
        t -> t == null ? null : t.replace("{notice_days}", Integer.toString(noticeDays));
    // A Japanese reader needs no romanized reading of a Japanese term.
    String reading = ScriptRuns.JAPANESE.equals(lang) ? null : p.reading();
    String how =
        p.ways().stream().map(w -> s.ways().get(w.code())).collect(Collectors.joining(" · "));
    // The school's own city office replaces the content's example city, where it gives a page.
    Optional<School.CityOffice> cityOffice = school.flatMap(School::city);
    Optional<String> ownCity = cityOffice.map(c -> c.pages().get(p.id()));
    // The words that find the page: the content's, which find the school's city page as well.
    Optional<String> search = Optional.ofNullable(p.text().search()).filter(w -> !w.isBlank());
    return new BookletView.Procedure(
        p.id(),
        step.number(),
        ScriptRuns.split(p.text().title(), lang),
        days.when(),
        days.mark(),
        days.notes(),
        new BookletView.Term(words.termLabel(p), p.term(), reading, p.atCounter()),
        ScriptRuns.split(notice.apply(p.text().summary()), lang),
        split(p.text().what().stream().map(notice).toList(), lang),
        ScriptRuns.split(p.text().where(), lang),
        how,
        split(p.text().bring(), lang),
        ScriptRuns.split(notice.apply(p.text().note()), lang),
        ownCity.or(p::source).map(url -> link(content, url, p.text().title(), search)).orElse(null),
        ownCity.isPresent()
            ? s.sourceOwnCity().replace("{city}", cityOffice.orElseThrow().name())
            : p.exampleCity()
                .map(city -> s.sourceExample().replace("{city}", s.cities().get(city)))
                .orElse(null),
        phase);
  }

  private static List<BookletView.Text> split(List<String> texts, String lang) {
    return texts.stream().map(t -> ScriptRuns.split(t, lang)).toList();
  }

  /** A link without words to search for: printed as it is (a school's own page, a session's). */
  static BookletView.Link link(Content content, String url, String name) {
    return link(content, url, name, Optional.empty());
  }

  /**
   * A QR-coded link; under the code the address to type, which for a link too long to type is its
   * site and {@code words} (see {@link Addresses}). The alternative text names the full link.
   */
  static BookletView.Link link(Content content, String url, String name, Optional<String> words) {
    Addresses.Address address =
        Addresses.of(url, words, content.strings().qrSearch(), content.language());
    String alt = content.strings().qrAlt().replace("{name}", name).replace("{url}", url);
    return new BookletView.Link(
        url, address.display(), address.parts(), alt, content.strings().labelScan());
  }

  /**
   * The language a screen reader should read the name in, when its script tells and it differs from
   * the document's: hangul is Korean, kana Japanese. Latin letters and Chinese characters alone do
   * not say which language, so the name keeps the document's.
   */
  static String nameLanguage(String name, String documentLang) {
    String said = null;
    if (name.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
      said = "ko";
    } else if (name.codePoints()
        .anyMatch(
            c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA)) {
      said = "ja";
    }
    return said == null || said.equals(documentLang) ? null : said;
  }
}
