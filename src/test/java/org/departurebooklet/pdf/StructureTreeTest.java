package org.departurebooklet.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.Content;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the tagged structure back: what a screen reader gets. */
class StructureTreeTest {

  private static final List<PDStructureElement> elements = new ArrayList<>();
  private static boolean displaysTitle;

  @BeforeAll
  static void read() throws IOException {
    byte[] pdf = TestBooklets.get().pdf(TestBooklets.sample(), TestBooklets.options()).pdf();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      collect(doc.getDocumentCatalog().getStructureTreeRoot());
      displaysTitle = doc.getDocumentCatalog().getViewerPreferences().displayDocTitle();
    }
  }

  private static void collect(PDStructureNode node) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        elements.add(e);
        collect(e);
      }
    }
  }

  private static List<PDStructureElement> ofType(String type) {
    return elements.stream().filter(e -> type.equals(e.getStructureType())).toList();
  }

  @Test
  void everyQrCodeIsAFigureWhoseAltTextNamesItsLink() {
    Content content = TestBooklets.get().content("en");
    Set<String> urls = new HashSet<>();
    content.procedures().forEach(p -> p.source().ifPresent(urls::add));
    content.services().forEach(s -> urls.add(s.url()));
    List<String> alts = ofType("Figure").stream().map(PDStructureElement::getAlternateDescription).toList();
    for (String url : urls) {
      assertTrue(alts.stream().anyMatch(a -> a != null && a.endsWith(url)), "no figure for " + url + " in " + alts);
    }
    content.services().forEach(s ->
        assertTrue(alts.stream().anyMatch(a -> a.contains(s.name())), "alt text names " + s.name()));
    assertTrue(alts.stream().allMatch(a -> a != null && !a.isBlank()), "a figure without alt text");
  }

  @Test
  void tablesHaveHeaderCells() {
    List<String> headers = ofType("TH").stream()
        .map(th -> text(th)).toList();
    assertFalse(ofType("Table").isEmpty());
    assertTrue(ofType("TH").size() >= 3 + 8, "header cells: " + ofType("TH").size());
  }

  @Test
  void headingsAreTaggedAndTheChecklistIsAList() {
    assertEquals(1, ofType("H1").size(), "one title");
    assertTrue(ofType("H2").size() >= 6, "section headings: " + ofType("H2").size());
    assertTrue(ofType("H3").size() >= 14, "procedure headings: " + ofType("H3").size());
    assertFalse(ofType("Link").isEmpty(), "links are tagged");
  }

  @Test
  void theWindowShowsTheTitleAndTheProcedureHeadingIsReadBeforeItsQrCode() {
    assertTrue(displaysTitle, "DisplayDocTitle");
    List<String> order = elements.stream()
        .map(PDStructureElement::getStructureType)
        .filter(t -> t.equals("H3") || t.equals("Figure"))
        .toList();
    int firstHeading = order.indexOf("H3");
    int firstFigure = order.indexOf("Figure");
    assertTrue(firstHeading >= 0 && firstHeading < firstFigure, order.toString());
  }

  private static String text(PDStructureElement e) {
    return e.getActualText() == null ? "" : e.getActualText();
  }
}
