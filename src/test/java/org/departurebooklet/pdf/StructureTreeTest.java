package org.departurebooklet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.Revisions;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.content.Content;
import org.departurebooklet.model.School;
import org.departurebooklet.view.Paper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the tagged structure back, in every edition: what a screen reader gets, in the order it
 * reads it. The booklets carry a school (printed at the foot of the cover) and overdue items.
 */
class StructureTreeTest {

  /**
   * A tagged element in reading order: its type, the page its first marked content sits on (-1 when
   * it holds only elements), alternate text, language, table header scopes and the types of its
   * child elements. Read while the document is open.
   */
  private record Tag(
      String type, int page, String alt, String language, List<String> scopes, List<String> kids) {}

  private record Tree(List<Tag> tags, boolean displaysTitle, String language) {
    List<Tag> ofType(String type) {
      return tags.stream().filter(t -> t.type().equals(type)).toList();
    }
  }

  private static final Booklets WITH_SCHOOL =
      Booklets.open(
          AssetDirs.packaged(),
          Optional.of(
              new School(
                  "Sakura International College", Optional.of("International Office, room 203"))),
          "school.yaml");
  private static final Map<String, Tree> TREES = new ConcurrentHashMap<>();

  /** Every language on both papers, as "en a5". */
  static List<String> editions() {
    return List.of("en a5", "en a4", "ja a5", "ja a4", "vi a5", "vi a4");
  }

  private static Tree tree(String edition) {
    return TREES.computeIfAbsent(
        edition,
        key -> {
          Booklets.Options options =
              new Booklets.Options(
                  Paper.valueOf(key.substring(3).toUpperCase(Locale.ROOT)),
                  Optional.of(key.substring(0, 2)),
                  LocalDate.of(2027, 4, 5),
                  TestBooklets.options().created());
          byte[] pdf = TestBooklets.pdf(WITH_SCHOOL, TestBooklets.sample(), options).pdf();
          try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Tag> tags = new ArrayList<>();
            collect(doc, doc.getDocumentCatalog().getStructureTreeRoot(), null, tags);
            return new Tree(
                tags,
                doc.getDocumentCatalog().getViewerPreferences().displayDocTitle(),
                doc.getDocumentCatalog().getLanguage());
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static void collect(
      PDDocument doc, PDStructureNode node, PDPage inherited, List<Tag> out) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        PDPage page = e.getPage() != null ? e.getPage() : inherited;
        out.add(
            new Tag(
                e.getStructureType(),
                firstMarkedPage(doc, e, page),
                e.getAlternateDescription(),
                e.getLanguage(),
                scopes(e),
                kidTypes(e)));
        collect(doc, e, page, out);
      }
    }
  }

  private static List<String> scopes(PDStructureElement e) {
    List<String> scopes = new ArrayList<>();
    Revisions<PDAttributeObject> attributes = e.getAttributes();
    for (int i = 0; i < attributes.size(); i++) {
      String scope =
          attributes.getObject(i).getCOSObject().getNameAsString(COSName.getPDFName("Scope"));
      if (scope != null) {
        scopes.add(scope);
      }
    }
    return scopes;
  }

  private static List<String> kidTypes(PDStructureElement e) {
    return e.getKids().stream()
        .filter(k -> k instanceof PDStructureElement)
        .map(k -> ((PDStructureElement) k).getStructureType())
        .toList();
  }

  /** The page of the element's own first marked content, or -1 when it holds only elements. */
  private static int firstMarkedPage(PDDocument doc, PDStructureElement e, PDPage page) {
    for (Object kid : e.getKids()) {
      if (kid instanceof Integer && page != null) {
        return doc.getPages().indexOf(page);
      }
      if (kid instanceof PDMarkedContentReference ref) {
        return doc.getPages().indexOf(ref.getPage() != null ? ref.getPage() : page);
      }
    }
    return -1;
  }

  @ParameterizedTest
  @MethodSource("editions")
  void everyQrCodeIsAFigureWhoseAltTextNamesItsLink(String edition) {
    String lang = edition.substring(0, 2);
    Content content = TestBooklets.get().content(lang);
    Set<String> urls = new HashSet<>();
    content.procedures().forEach(p -> p.source().ifPresent(urls::add));
    content.services().forEach(s -> urls.add(s.url()));
    List<String> alts = tree(edition).ofType("Figure").stream().map(Tag::alt).toList();
    assertTrue(
        alts.stream().allMatch(a -> a != null && !a.isBlank()),
        "a figure without alt text: " + alts);
    assertEquals(urls.size(), alts.size(), "one figure per QR code: " + alts);
    for (String url : urls) {
      assertTrue(
          alts.stream().anyMatch(a -> a.contains(url)), "no figure for " + url + " in " + alts);
    }
    content
        .services()
        .forEach(
            s ->
                assertTrue(
                    alts.stream().anyMatch(a -> a.contains(s.name())),
                    "alt text names " + s.name()));
  }

  /**
   * The reading order follows the pages: every element's content comes on the same page as the one
   * read before it, or a later one. A box OpenHTMLtoPDF tags out of flow (a float, an absolutely
   * positioned box) lands at the end of the document and breaks this.
   */
  @ParameterizedTest
  @MethodSource("editions")
  void theReadingOrderFollowsThePages(String edition) {
    int last = 0;
    for (Tag tag : tree(edition).tags()) {
      if (tag.page() >= 0) {
        assertTrue(
            tag.page() >= last,
            tag.type()
                + " of page "
                + (tag.page() + 1)
                + " is read after content of page "
                + (last + 1));
        last = tag.page();
      }
    }
    assertTrue(last > 10, "pages reached: " + last);
  }

  /**
   * Each QR code is read within its own procedure: after its heading, before the next one (one
   * figure at most between two headings), and on the heading's page or the next (a procedure that
   * continues over a page ends with its code); a float would be read at the end of the document.
   */
  @ParameterizedTest
  @MethodSource("editions")
  void eachQrCodeIsReadAfterItsHeading(String edition) {
    Tag previous = null;
    for (Tag tag : tree(edition).tags()) {
      if (tag.type().equals("Figure")) {
        assertTrue(
            previous != null && previous.type().equals("H3"),
            "a figure read after "
                + (previous == null ? "nothing" : previous.type())
                + ": "
                + tag.alt());
        assertTrue(
            tag.page() - previous.page() <= 1 && tag.page() >= previous.page(),
            "a figure read on page "
                + tag.page()
                + ", its heading on page "
                + previous.page()
                + ": "
                + tag.alt());
      }
      if (tag.type().matches("H[1-6]|Figure")) {
        previous = tag;
      }
    }
  }

  @ParameterizedTest
  @MethodSource("editions")
  void headingsRunInOrderWithoutSkippingALevel(String edition) {
    List<Integer> levels =
        tree(edition).tags().stream()
            .filter(t -> t.type().matches("H[1-6]"))
            .map(t -> t.type().charAt(1) - '0')
            .toList();
    assertEquals(1, levels.get(0), "the title comes first: " + levels);
    assertEquals(1, levels.stream().filter(l -> l == 1).count(), "one title: " + levels);
    assertTrue(levels.stream().filter(l -> l == 2).count() >= 6, "section headings: " + levels);
    assertTrue(levels.stream().filter(l -> l == 3).count() >= 14, "procedure headings: " + levels);
    for (int i = 1; i < levels.size(); i++) {
      assertTrue(
          levels.get(i) <= levels.get(i - 1) + 1,
          "H" + levels.get(i - 1) + " then H" + levels.get(i));
    }
  }

  /** The checklist is a list of items, one per deadline; every list holds only items. */
  @ParameterizedTest
  @MethodSource("editions")
  void theChecklistIsAListOfItems(String edition) {
    String lang = edition.substring(0, 2);
    Tree tree = tree(edition);
    List<Tag> lists = tree.ofType("L");
    assertFalse(lists.isEmpty());
    int longest = 0;
    for (Tag list : lists) {
      List<String> kids = list.kids();
      assertTrue(kids.stream().allMatch(k -> k.equals("LI")), "a list holds " + kids);
      longest = Math.max(longest, kids.size());
    }
    int deadlines = TestBooklets.get().content(lang).procedures().size();
    assertTrue(
        longest >= deadlines,
        "the checklist has " + longest + " items for " + deadlines + " deadlines");
  }

  @ParameterizedTest
  @MethodSource("editions")
  void tableHeaderCellsSayWhatTheyHead(String edition) {
    Tree tree = tree(edition);
    assertTrue(tree.ofType("Table").size() >= 3, "cover facts, cover dates, comparison");
    List<Tag> headers = tree.ofType("TH");
    assertTrue(headers.size() >= 3 + 3 + 3, "header cells: " + headers.size());
    for (Tag th : headers) {
      List<String> scopes = th.scopes();
      assertEquals(
          1,
          scopes.size(),
          "header cell " + headers.indexOf(th) + " of " + headers.size() + " has no scope");
      assertTrue(scopes.get(0).equals("Row") || scopes.get(0).equals("Column"), scopes.get(0));
    }
  }

  /** The document's language, and the Japanese terms inside the English and Vietnamese editions. */
  @ParameterizedTest
  @MethodSource("editions")
  void languagesAreTagged(String edition) {
    String lang = edition.substring(0, 2);
    Tree tree = tree(edition);
    assertEquals(lang, tree.language());
    long terms =
        TestBooklets.get().content(lang).procedures().stream()
            .filter(p -> p.term() != null)
            .count();
    long japanese = tree.tags().stream().filter(t -> "ja".equals(t.language())).count();
    if (!lang.equals("ja")) {
      assertTrue(japanese >= terms, japanese + " Japanese spans for " + terms + " terms");
    }
  }

  /**
   * Links are read by their text, or by the alt text of the QR code they hold: never by an empty
   * one.
   */
  @ParameterizedTest
  @MethodSource("editions")
  void linksHaveNoEmptyAltText(String edition) {
    List<Tag> links = tree(edition).ofType("Link");
    assertTrue(links.size() > 40, "links: " + links.size());
    for (Tag link : links) {
      String alt = link.alt();
      assertTrue(alt == null || !alt.isBlank(), "a link with an empty alternate text");
    }
  }

  @ParameterizedTest
  @MethodSource("editions")
  void theWindowShowsTheTitle(String edition) {
    assertTrue(tree(edition).displaysTitle(), "DisplayDocTitle");
    assertEquals(1, tree(edition).ofType("H1").size());
  }

  /**
   * A name in hangul is read as Korean in every edition; a Latin-script name keeps the document's
   * language.
   */
  @ParameterizedTest
  @ValueSource(strings = {"en", "ja", "vi"})
  void aKoreanNameIsTaggedKorean(String lang) throws IOException {
    Booklets.Options options =
        new Booklets.Options(
            TestBooklets.options().paper(),
            Optional.of(lang),
            TestBooklets.TODAY,
            TestBooklets.options().created());
    for (String name : List.of("김민준", "Lê Thị Hồng Nhung")) {
      byte[] pdf = TestBooklets.pdf(TestBooklets.get(), TestBooklets.student(name), options).pdf();
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        List<Tag> tags = new ArrayList<>();
        collect(doc, doc.getDocumentCatalog().getStructureTreeRoot(), null, tags);
        long korean = tags.stream().filter(t -> "ko".equals(t.language())).count();
        assertEquals(name.equals("김민준") ? 1 : 0, korean, name);
      }
    }
  }
}
