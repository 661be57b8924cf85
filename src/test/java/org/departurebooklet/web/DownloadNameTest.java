package org.departurebooklet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DownloadNameTest {

  @Test
  void asciiNameDropsAccentsAndTurnsTheRestIntoHyphens() {
    assertEquals(
        "Le-Thi-Hong-Nhung-departure-booklet.pdf", DownloadName.ascii("Lê Thị Hồng Nhung"));
    assertEquals("Nguyen-Van-Duc-departure-booklet.pdf", DownloadName.ascii("Nguyễn Văn Đức"));
    assertEquals("etc-passwd-departure-booklet.pdf", DownloadName.ascii("../../etc/passwd"));
    assertEquals(DownloadName.FALLBACK, DownloadName.ascii("山田 花子"));
    assertEquals(DownloadName.FALLBACK, DownloadName.ascii(""));
  }

  @Test
  void unicodeNameKeepsTheScriptButNoPathQuoteOrBidiControl() {
    assertEquals("山田-花子-departure-booklet.pdf", DownloadName.unicode("山田 花子"));
    String tricky = DownloadName.unicode("a/b\\c\"d\u202Egpj.exe\u0000");
    assertFalse(
        tricky.contains("/")
            || tricky.contains("\\")
            || tricky.contains("\"")
            || tricky.contains("\u202E")
            || tricky.contains("\u0000"),
        tricky);
    assertEquals("departure-booklet.pdf", DownloadName.unicode("../.."));
  }

  @Test
  void headerHasQuotedAsciiAndPercentEncodedUtf8() {
    String header = DownloadName.contentDisposition("山田 花子");
    assertEquals(
        "attachment; filename=\"departure-booklet.pdf\"; filename*=UTF-8''"
            + "%E5%B1%B1%E7%94%B0-%E8%8A%B1%E5%AD%90-departure-booklet.pdf",
        header);
    assertTrue(DownloadName.contentDisposition("x".repeat(300)).length() < 250, "capped");
  }

  @Test
  void theCalendarFileIsNamedForTheStudentToo() {
    assertEquals(
        "attachment; filename=\"Le-Thi-Hong-Nhung-deadlines.ics\"; filename*=UTF-8''"
            + "L%C3%AA-Th%E1%BB%8B-H%E1%BB%93ng-Nhung-deadlines.ics",
        DownloadName.contentDisposition("Lê Thị Hồng Nhung", DownloadName.Kind.CALENDAR));
    assertEquals(
        "attachment; filename=\"deadlines.ics\"; filename*=UTF-8''deadlines.ics",
        DownloadName.contentDisposition("../..", DownloadName.Kind.CALENDAR),
        "nothing left of the name");
  }
}
