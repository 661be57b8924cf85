package org.departurebooklet.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.departurebooklet.content.Content;
import org.departurebooklet.content.LanguageText.HandoutStrings;
import org.departurebooklet.content.LanguageText.Strings;
import org.departurebooklet.model.School;
import org.departurebooklet.model.Session;
import org.departurebooklet.plan.DeparturePlan;
import org.departurebooklet.plan.PlanStep;

/**
 * Builds the {@link BookletView} of an advisor's handout: the booklet without a student (blanks to
 * write one's own facts, every rule in words with a blank for the date, both plans' content, no
 * "fits" badge), with the session's box on the cover; or its short version for a room: the cover,
 * the checklist and the one visit to city hall with the school's page for the full booklet.
 * Stateless and thread-safe.
 */
public final class HandoutViews {

  /** The phase of the one visit to city hall, in the short version. */
  static final String CITY_HALL = "city-hall";

  private HandoutViews() {}

  /**
   * @param plan a plan without a student ({@code Planner.undated})
   * @param made the day the handout is made
   * @param shortVersion the 2-4 pages for a room instead of the whole booklet
   * @param extraNotes notes pages that make the page count fold
   */
  public static BookletView of(
      Content content,
      DeparturePlan plan,
      Optional<School> school,
      Optional<Session> session,
      LocalDate made,
      Paper paper,
      String fontStack,
      boolean shortVersion,
      int extraNotes) {
    Strings s = content.strings();
    HandoutStrings h = s.handout();
    PlanWords words = new PlanWords(content);
    String madeOn = s.coverGenerated().replace("{date}", words.date(made));
    String factsChecked =
        s.coverFactsChecked().replace("{date}", words.date(content.factsChecked()));
    BookletView.Cover cover =
        new BookletView.Cover(
            h.title(),
            h.subtitle(),
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            madeOn,
            factsChecked,
            school.map(School::name).orElse(null),
            s.coverSchool(),
            SharedParts.schoolContact(school),
            new BookletView.HandoutCover(
                h.intro(),
                h.blanks(),
                session.map(x -> sessionBox(content, x, words)).orElse(null)),
            SharedParts.logo(
                school, SharedParts.COVER_LOGO_WIDTH_MM, SharedParts.COVER_LOGO_HEIGHT_MM));
    BookletView.Timeline full = PlanViews.timeline(content, plan, words);
    // The short version has no procedure pages for the checklist to point to.
    BookletView.Timeline timeline =
        new BookletView.Timeline(
            full.id(),
            full.title(),
            full.intro(),
            full.colDue(),
            full.colTask(),
            full.colPage(),
            full.colNotes(),
            full.overdueHint(),
            full.holidayNote(),
            full.lines(),
            !shortVersion);
    String title = h.title() + school.map(x -> " – " + x.name()).orElse("");
    BookletView.PageViews page =
        new BookletView.PageViews(
            paper.view(),
            fontStack,
            String.valueOf(s.lineHeight()),
            SharedParts.footerCss(s.footer()),
            SharedParts.pageRefCss(s.plan().pageRef()));
    if (shortVersion) {
      return new BookletView(
          content.language(),
          title,
          s.documentAuthor(),
          s.documentSubject(),
          page.page(),
          page.fontStack(),
          page.lineHeight(),
          page.footerCss(),
          page.pageRefCss(),
          cover,
          null,
          timeline,
          null,
          null,
          SharedParts.notes(s, extraNotes),
          null,
          null,
          visit(content, plan, school, words),
          s.disclaimer(),
          SharedParts.brand(school));
    }
    BookletView.Procedures procedures =
        new BookletView.Procedures(
            s.labelGlance(),
            s.labelWhen(),
            s.labelWhere(),
            s.labelHow(),
            s.labelBring(),
            s.labelWhat(),
            BookletViews.phases(content, plan, words, school));
    BookletView.Abroad abroad = BookletViews.abroad(content, plan, null);
    BookletView.Notes notes = SharedParts.notes(s, 1 + extraNotes);
    BookletView.Contacts contacts =
        new BookletView.Contacts(
            "contacts", s.contactsTitle(), s.contactsIntro(), s.contactsRows());
    return new BookletView(
        content.language(),
        title,
        s.documentAuthor(),
        s.documentSubject(),
        page.page(),
        page.fontStack(),
        page.lineHeight(),
        page.footerCss(),
        page.pageRefCss(),
        cover,
        BookletViews.contents(s, timeline, procedures, abroad, notes, contacts),
        timeline,
        procedures,
        abroad,
        notes,
        contacts,
        SharedParts.back(content, school, factsChecked, madeOn),
        null,
        s.disclaimer(),
        SharedParts.brand(school));
  }

  private static BookletView.SessionBox sessionBox(
      Content content, Session session, PlanWords words) {
    HandoutStrings h = content.strings().handout();
    List<BookletView.Field> facts = new ArrayList<>();
    facts.add(
        new BookletView.Field(
            h.sessionWhen(),
            words.date(session.date()) + session.time().map(t -> ", " + t).orElse("")));
    session.room().ifPresent(room -> facts.add(new BookletView.Field(h.sessionRoom(), room)));
    session
        .advisor()
        .ifPresent(
            a ->
                facts.add(
                    new BookletView.Field(
                        h.sessionAdvisor(), a + session.contact().map(c -> " · " + c).orElse(""))));
    if (session.advisor().isEmpty()) {
      session.contact().ifPresent(c -> facts.add(new BookletView.Field(h.sessionAdvisor(), c)));
    }
    return new BookletView.SessionBox(
        h.session(),
        session.title(),
        facts,
        h.sessionBring(),
        session.bring(),
        session.url().map(url -> BookletViews.link(content, url, session.title())).orElse(null),
        h.sessionPage());
  }

  /**
   * The one visit to city hall: its procedures, what to bring for them all, the full booklet's
   * page.
   */
  private static BookletView.Visit visit(
      Content content, DeparturePlan plan, Optional<School> school, PlanWords words) {
    Strings s = content.strings();
    HandoutStrings h = s.handout();
    RuleWords rules = new RuleWords(content);
    List<PlanStep> steps =
        plan.steps().stream().filter(st -> st.procedure().phase().id().equals(CITY_HALL)).toList();
    Set<String> bring = new LinkedHashSet<>();
    steps.forEach(st -> bring.addAll(st.procedure().text().bring()));
    String lang = content.language();
    List<BookletView.VisitItem> items =
        steps.stream()
            .map(
                st ->
                    new BookletView.VisitItem(
                        st.number(),
                        ScriptRuns.split(st.procedure().text().title(), lang),
                        rules.of(st.procedure()),
                        new BookletView.Term(
                            words.termLabel(st.procedure()),
                            st.procedure().term(),
                            ScriptRuns.JAPANESE.equals(lang) ? null : st.procedure().reading(),
                            st.procedure().atCounter())))
            .toList();
    return new BookletView.Visit(
        h.visitTitle(),
        h.visitIntro(),
        items,
        h.visitBring(),
        String.join(" · ", bring),
        school.flatMap(School::website).isPresent() ? h.fullBooklet() : null,
        school
            .flatMap(School::website)
            .map(url -> BookletViews.link(content, url, school.orElseThrow().name()))
            .orElse(null),
        s.backEmergency(),
        String.join(" · ", s.backLines()));
  }
}
