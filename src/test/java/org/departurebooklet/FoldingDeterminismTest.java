package org.departurebooklet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.departurebooklet.bench.MadeUpClass;
import org.departurebooklet.model.Student;
import org.junit.jupiter.api.Test;

/**
 * A booklet's notes pages are guessed from the booklet made before it and corrected after layout;
 * whichever booklet came before, the same student gets the same bytes.
 */
class FoldingDeterminismTest {

  private static final Booklets.Options OPTIONS =
      Booklets.Options.defaults(LocalDate.of(2026, 12, 1));

  @Test
  void aBookletIsTheSameWhetherItsNotesGuessWasRightOrWrong() throws IOException {
    // Two students of the same plan whose own pages differ by one (21 and 20 A5 pages in the
    // made-up class), so the second is laid out with the first one's guess, which is wrong.
    List<Student> students = MadeUpClass.students(0, 4);
    Student first = students.get(3);
    Student second = students.get(0);
    assertEquals(first.plan(), second.plan());

    Booklets alone = Booklets.packaged();
    Booklets.Rendered fresh = alone.pdf(checked(alone, second));

    Booklets after = Booklets.packaged();
    Booklets.Rendered before = after.pdf(checked(after, first));
    Booklets.Rendered guessedWrong = after.pdf(checked(after, second));

    assertNotEquals(notesPages(before), notesPages(fresh), "the first booklet's guess is wrong");
    assertEquals(0, before.pages() % 4, before.pages() + " pages do not fold");
    assertEquals(fresh.pages(), guessedWrong.pages());
    assertArrayEquals(fresh.pdf(), guessedWrong.pdf());
  }

  private static Booklets.CheckedStudent checked(Booklets booklets, Student student) {
    return booklets.check(student, OPTIONS).orElseThrow("a made-up student");
  }

  /** The pages whose running header names the notes. */
  private static int notesPages(Booklets.Rendered rendered) throws IOException {
    try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
      PDFTextStripper text = new PDFTextStripper();
      int notes = 0;
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        text.setStartPage(page);
        text.setEndPage(page);
        if (text.getText(doc).strip().startsWith("Notes")) {
          notes++;
        }
      }
      return notes;
    }
  }
}
