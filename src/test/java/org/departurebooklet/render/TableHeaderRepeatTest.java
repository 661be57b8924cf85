package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.AssetDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison table's header row repeats on every page the table spans. */
class TableHeaderRepeatTest {

  @TempDir Path dir;

  @Test
  void aComparisonTableThatBreaksRepeatsItsHeaderOnEveryPage() throws IOException {
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates);
    Path packaged = AssetDirs.packaged().templates();
    try (Stream<Path> files = Files.list(packaged)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.write(templates.resolve(f.getFileName().toString()), Files.readAllBytes(f));
      }
    }
    // A school's own stylesheet with very large table text forces the table over several pages.
    Path style = templates.resolve("style.mustache");
    Files.writeString(
        style,
        Files.readString(style)
            .replace("{{/page}}", ".compare td, .compare th { font-size: 20pt; }\n{{/page}}"));
    Booklets big =
        Booklets.open(
            AssetDirs.withOverrides(Optional.empty(), Optional.of(templates), Optional.empty()));
    byte[] pdf = TestBooklets.pdf(big, TestBooklets.sample(), TestBooklets.options()).pdf();
    int pagesWithRows = 0;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String page = stripper.getText(doc).replaceAll("\\s+", " ");
        boolean hasRow =
            big.content("en").comparison().rows().stream()
                .anyMatch(
                    r ->
                        page.contains(r.item() + " ")
                            && page.contains(r.advantage().substring(0, 12)));
        if (hasRow) {
          pagesWithRows++;
          assertTrue(
              page.contains("Topic Advantages Disadvantages"),
              "header missing on page " + p + ": " + page);
        }
      }
    }
    assertTrue(pagesWithRows >= 2, "the table should span pages: " + pagesWithRows);
  }
}
