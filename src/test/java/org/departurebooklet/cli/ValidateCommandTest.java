package org.departurebooklet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code booklet validate} on the shipped content and on copies of it broken in one place each:
 * every kind of problem is reported on its own line with the file, the key and what is wrong.
 */
class ValidateCommandTest {

  @TempDir
  Path temp;

  Path content;

  /** What one run printed and returned. */
  record Run(int code, List<String> lines, String err) {}

  @BeforeEach
  void copyShippedContent() {
    content = TestBooklets.copyShippedContent(temp.resolve("content"));
  }

  private Run validate(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = Stream.concat(Stream.of("validate"), Stream.of(args)).toArray(String[]::new);
    int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString().lines().toList(), err.toString());
  }

  @Test
  void problemsAreNamedUnderTheFolderGiven() throws IOException {
    Path mine = Files.move(content, temp.resolve("my-content"));
    String text = Files.readString(mine.resolve("ja/comparison.yaml"), StandardCharsets.UTF_8);
    Files.writeString(mine.resolve("ja/comparison.yaml"), text.replace("salary:", "pay:"), StandardCharsets.UTF_8);
    Run run = validate("--content", mine.toString());
    assertTrue(run.lines().contains(mine + "/ja/comparison.yaml: rows.salary: missing (" + mine
        + "/en/comparison.yaml has it)"), String.join("\n", run.lines()));
    assertTrue(run.lines().stream().noneMatch(l -> l.startsWith("content/")), String.join("\n", run.lines()));
  }

  @Test
  void generateWithABrokenCopySuggestsTheKeyMeantAndPointsToValidate() throws IOException {
    edit("vi/strings.yaml", "cover_plan:", "cover_plann:");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"generate", "--sample", "--lang", "vi", "--content", content.toString(),
        "-o", temp.resolve("x.pdf").toString()}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(ExitCodes.BAD_INPUT, code, err.toString());
    assertTrue(err.toString().contains(content + "/vi/strings.yaml line 13: cover_plann: unknown key (did you mean cover_plan?)"),
        err.toString());
    assertTrue(err.toString().contains("booklet validate --content FOLDER lists every problem"), err.toString());
  }

  /** A problem as validate prints it for the copy (whose folder is named content too): with its full path. */
  private String at(String problem) {
    return problem.replace("content/", temp + "/content/");
  }

  private Run validateCopy() {
    return validate("--content", content.toString());
  }

  private void edit(String file, String from, String to) {
    Path path = content.resolve(file);
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      assertTrue(text.contains(from), file + " should contain " + from);
      Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts exit code 3 and that exactly the given problem lines were printed, then the count. */
  private void assertProblems(Run run, String... problems) {
    assertEquals(ExitCodes.BAD_INPUT, run.code(), () -> String.join("\n", run.lines()) + run.err());
    // The problems below are written as content/...: validate names them under the folder given.
    List<String> expected = Stream.concat(Stream.of(problems).map(this::at),
        Stream.of(problems.length + " problem(s) in " + content)).toList();
    assertEquals(expected, run.lines());
  }

  @Test
  void shippedContentPassesWithExitZero() {
    Run run = validate();
    assertEquals(ExitCodes.OK, run.code(), () -> String.join("\n", run.lines()));
    assertEquals(List.of("ok: packaged content (en, ja, vi): schema, links, fonts and keys checked, no problems"),
        run.lines());
  }

  @Test
  void anUntouchedCopyOfTheShippedContentPasses() {
    Run run = validateCopy();
    assertEquals(ExitCodes.OK, run.code(), () -> String.join("\n", run.lines()));
  }

  @Test
  void aKeyMissingFromVietnameseIsNamedWithItsFile() {
    edit("vi/strings.yaml", "cover_plan: Dự định\n", "");
    assertProblems(validateCopy(),
        "content/vi/strings.yaml: cover_plan: missing (content/en/strings.yaml has it)");
  }

  @Test
  void aKeyEnglishDoesNotHaveIsNamedWithItsFile() {
    edit("ja/procedures.yaml", "  title: NHKの契約を解約する\n",
        "  title: NHKの契約を解約する\n  hint: 電話で手続きできます\n");
    assertProblems(validateCopy(),
        "content/ja/procedures.yaml: nhk.hint: not a key of content/en/procedures.yaml (remove it, or add it to every language)");
  }

  @Test
  void aMissingComparisonRowIsNamedInTheLanguageThatLacksIt() {
    edit("ja/comparison.yaml", "  salary:\n    item: 給与\n", "  pay:\n    item: 給与\n");
    assertProblems(validateCopy(),
        "content/ja/comparison.yaml: rows.salary: missing (content/en/comparison.yaml has it)",
        "content/ja/comparison.yaml: rows.pay: not a key of content/en/comparison.yaml (remove it, or add it to every language)");
  }

  @Test
  void aRequiredFieldMissingInEnglishIsReported() {
    edit("en/procedures.yaml", "  where: NHK, by phone\n", "");
    assertProblems(validateCopy(),
        "content/en/procedures.yaml: nhk.where: missing",
        "content/ja/procedures.yaml: nhk.where: not a key of content/en/procedures.yaml (remove it, or add it to every language)",
        "content/vi/procedures.yaml: nhk.where: not a key of content/en/procedures.yaml (remove it, or add it to every language)");
  }

  @Test
  void aValueOfTheWrongTypeIsReportedWithItsLine() {
    edit("vi/strings.yaml", "line_height: 1.5", "line_height: tall");
    Run run = validateCopy();
    assertEquals(ExitCodes.BAD_INPUT, run.code());
    assertEquals(2, run.lines().size(), () -> String.join("\n", run.lines()));
    assertEquals(at("content/vi/strings.yaml line 8: line_height: \"tall\" is not a number"), run.lines().get(0));
  }

  @Test
  void anUnknownPlanCodeIsReported() {
    edit("common.yaml", "plans: [undecided]", "plans: [maybe]");
    assertProblems(validateCopy(),
        "content/common.yaml: services[1] (reeracoen).plans: \"maybe\" is not a plan (use return-home, work-abroad, undecided)");
  }

  @Test
  void anUnknownCountryCodeIsReported() {
    edit("common.yaml", "countries: [TH, VN, MY, SG, ID, PH, IN, HK]", "countries: [TH, VN, XX]");
    assertProblems(validateCopy(),
        "content/common.yaml: services[1] (reeracoen).countries: \"XX\" is not an ISO 3166-1 alpha-2 code (use e.g. VN, SG)");
  }

  @Test
  void aMalformedDeadlineRuleIsReported() {
    edit("common.yaml", "due: graduation + 14 days", "due: two weeks after graduation");
    assertProblems(validateCopy(),
        "content/common.yaml: procedures[0] (immigration).due: \"two weeks after graduation\" is not a deadline rule (use <graduation|departure|move_out> [+|- <n> days|months|years], or move_out - notice)");
  }

  @Test
  void aPlainHttpLinkIsRefused() {
    edit("common.yaml", "source: https://www.nhk.or.jp/", "source: http://www.nhk.or.jp/");
    assertProblems(validateCopy(),
        "content/common.yaml: procedures[9] (nhk).source: \"http://www.nhk.or.jp/faq-corner/2jushinryou/02/02-02-28.html\" must start with https:// (other schemes such as http:, javascript: or data: are refused)");
  }

  @Test
  void javascriptAndDataLinksAreRefused() {
    edit("common.yaml", "url: https://www.glassdoor.com", "url: javascript:alert(1)");
    edit("common.yaml", "url: https://www.pasona-global.com", "url: data:text/html,hi");
    assertProblems(validateCopy(),
        "content/common.yaml: services[5] (glassdoor).url: \"javascript:alert(1)\" must start with https:// (other schemes such as http:, javascript: or data: are refused)",
        "content/common.yaml: services[7] (pasona).url: \"data:text/html,hi\" must start with https:// (other schemes such as http:, javascript: or data: are refused)");
  }

  @Test
  void aLinkUnderAServicesNameThatPointsElsewhereIsCaught() {
    edit("common.yaml", "url: https://workingabroad.daijob.com", "url: https://workingabroad.example.com");
    assertProblems(validateCopy(),
        "content/common.yaml: services[2] (working-abroad).url: \"https://workingabroad.example.com\" points to workingabroad.example.com, which does not belong to daijob.com");
  }

  @Test
  void trackingParametersAreCaught() {
    edit("common.yaml", "url: https://www.linkedin.com", "url: https://www.linkedin.com/?gclid=abc&utm_source=ad");
    assertProblems(validateCopy(),
        "content/common.yaml: services[3] (linkedin).url: \"https://www.linkedin.com/?gclid=abc&utm_source=ad\" carries the tracking parameter gclid (remove it)",
        "content/common.yaml: services[3] (linkedin).url: \"https://www.linkedin.com/?gclid=abc&utm_source=ad\" carries the tracking parameter utm_source (remove it)");
  }

  @Test
  void aCharacterNoConfiguredFontDrawsIsReported() {
    edit("vi/comparison.yaml", "item: Lương", "item: Lương ሰ");
    assertProblems(validateCopy(),
        "content/vi/comparison.yaml: rows.salary.item: \"ሰ\" (U+1230) not in any font of content/vi/strings.yaml fonts [Noto Sans, BIZ UDPGothic, WenQuanYi Micro Hei, NanumGothic] (use another character, or add a font that has it)");
  }

  @Test
  void coverageIsCheckedAgainstEachLanguagesOwnFonts() {
    // Japanese text needs a Japanese font: with only Noto Sans the Japanese edition cannot print.
    edit("ja/strings.yaml", "fonts: [BIZ UDPGothic, Noto Sans, WenQuanYi Micro Hei, NanumGothic]", "fonts: [Noto Sans]");
    Run run = validateCopy();
    assertEquals(ExitCodes.BAD_INPUT, run.code());
    assertTrue(run.lines().contains(at("content/ja/strings.yaml: booklet_title: \"き\" (U+304D), \"と\" (U+3068), "
        + "\"の\" (U+306E), \"る\" (U+308B), \"れ\" (U+308C), \"を\" (U+3092), \"手\" (U+624B), \"日\" (U+65E5) and 3 more "
        + "not in any font of content/ja/strings.yaml fonts [Noto Sans] (use another character, or add a font that has it)")),
        () -> String.join("\n", run.lines()));
    assertTrue(run.lines().stream().allMatch(l -> l.startsWith(at("content/ja/")) || l.startsWith(at("content/common.yaml"))
        || l.endsWith("problem(s) in " + content)), () -> String.join("\n", run.lines()));
  }

  @Test
  void vietnameseLettersWithDecomposedMarksAreReported() {
    // "ệ" as e + U+0323 + U+0302: without shaping, the marks may sit in the wrong place.
    edit("vi/comparison.yaml", "item: Sự nghiệp", "item: Sự nghie\u0323\u0302p");
    assertProblems(validateCopy(),
        "content/vi/comparison.yaml: rows.career.item: has letters written as a base letter plus combining marks "
            + "(not Unicode NFC), which may print misplaced; save the file in composed form (NFC)");
  }

  @Test
  void aFontFamilyThatFontsYamlDoesNotHaveIsReported() {
    edit("vi/strings.yaml", "fonts: [Noto Sans,", "fonts: [Roboto, Noto Sans,");
    assertProblems(validateCopy(),
        "content/vi/strings.yaml: fonts: \"Roboto\" is not a family of fonts/fonts.yaml (known: Noto Sans, BIZ UDPGothic, NanumGothic, WenQuanYi Micro Hei)");
  }

  @Test
  void aLanguageFolderWithoutStringsIsNotSilentlySkipped() throws IOException {
    Files.createDirectories(content.resolve("fr"));
    Files.copy(content.resolve("en/procedures.yaml"), content.resolve("fr/procedures.yaml"));
    assertProblems(validateCopy(),
        "content/fr/strings.yaml: missing, so \"fr\" is not offered as a language (add strings.yaml, or remove the folder)");
  }

  @Test
  void everyProblemIsPrintedNotOnlyTheFirst() {
    edit("vi/strings.yaml", "cover_plan: Dự định\n", "");
    edit("common.yaml", "plans: [undecided]", "plans: [maybe]");
    edit("common.yaml", "url: https://www.glassdoor.com", "url: http://www.glassdoor.com");
    Run run = validateCopy();
    assertEquals(ExitCodes.BAD_INPUT, run.code());
    assertEquals("3 problem(s) in " + content, run.lines().get(run.lines().size() - 1), () -> String.join("\n", run.lines()));
  }

  @Test
  void aValueOfTheWrongTypeDoesNotHideTheFilesOtherProblems() {
    edit("common.yaml", "notice_days: 60", "notice_days: sixty");
    edit("common.yaml", "url: https://www.linkedin.com", "url: http://www.linkedin.com/?utm_source=a");
    edit("common.yaml", "plans: [undecided]", "plans: [maybe]");
    assertProblems(validateCopy(),
        "content/common.yaml line 9: notice_days: \"sixty\" is not a whole number",
        "content/common.yaml: services[1] (reeracoen).plans: \"maybe\" is not a plan (use return-home, work-abroad, undecided)",
        "content/common.yaml: services[3] (linkedin).url: \"http://www.linkedin.com/?utm_source=a\" must start with https:// (other schemes such as http:, javascript: or data: are refused)");
  }

  @Test
  void aListWhereOneTextBelongsIsSaidInPlainWords() {
    edit("vi/strings.yaml", "line_height: 1.5", "line_height: [1, 5]");
    edit("en/strings.yaml", "line_height: 1.45", "line_height: 9");
    assertProblems(validateCopy(),
        "content/en/strings.yaml: line_height 9.0 must be 1.0 to 2.5 (times the font size)",
        "content/vi/strings.yaml: line_height: must be a single value as in content/en/strings.yaml, not a list");
  }

  @Test
  void aListInEnglishWhereOneTextBelongsIsSaidInPlainWords() {
    edit("en/strings.yaml", "booklet_title: Leaving Japan", "booklet_title: [Leaving, Japan]");
    Run run = validateCopy();
    assertEquals(ExitCodes.BAD_INPUT, run.code());
    assertTrue(run.lines().contains(at("content/en/strings.yaml line 9: booklet_title: expected one text value, found a list")),
        String.join("\n", run.lines()));
  }

  @Test
  void anEmptyFileAndAFileNotInUtf8AreNamed() throws IOException {
    Files.writeString(content.resolve("ja/preparations.yaml"), "\n  \n");
    Files.write(content.resolve("vi/services.yaml"), new byte[] {'t', 'y', 'p', 'e', 's', ':', ' ', (byte) 0xC3, '(', '\n'});
    Run run = validateCopy();
    assertEquals(ExitCodes.BAD_INPUT, run.code());
    assertTrue(run.lines().contains(at("content/ja/preparations.yaml: is empty (only blank lines or comments)")), String.join("\n", run.lines()));
    assertTrue(run.lines().contains(at("content/vi/services.yaml: is not UTF-8 text (save it with the UTF-8 encoding)")),
        String.join("\n", run.lines()));
    assertTrue(run.lines().stream().noneMatch(l -> l.contains("Exception") || l.contains("java.")), String.join("\n", run.lines()));
  }

  @Test
  void settingsOutsideWhatCanPrintAreCaught() {
    edit("vi/strings.yaml", "fonts: [Noto Sans, BIZ UDPGothic, WenQuanYi Micro Hei, NanumGothic]", "fonts: []");
    edit("vi/strings.yaml", "locale: vi", "locale: \"zz-@@!\"");
    assertProblems(validateCopy(),
        "content/vi/strings.yaml: locale \"zz-@@!\" is not a language tag (use a code such as en, ja, vi, fr, pt-BR)",
        "content/vi/strings.yaml: fonts: the list is empty (name the font families to print this language with, first choice first; see fonts/fonts.yaml)");
  }

  @Test
  void aWindowThatClosesBeforeItOpensAndATwiceUsedIdAreCaught() {
    edit("common.yaml", "from: departure\n    due: departure + 2 years", "from: departure + 3 years\n    due: departure + 2 years");
    edit("common.yaml", "- id: bank", "- id: nhk");
    Run run = validateCopy();
    assertEquals(ExitCodes.BAD_INPUT, run.code());
    assertTrue(run.lines().stream().anyMatch(l -> l.endsWith("(pension-refund).from: \"departure + 3 years\" comes after due "
        + "\"departure + 2 years\" (the window would close before it opens)")), String.join("\n", run.lines()));
    assertTrue(run.lines().stream().anyMatch(l -> l.contains("(nhk).id: \"nhk\" is used twice")), String.join("\n", run.lines()));
  }

  @Test
  void generateRefusesContentItsFontsCannotPrint() {
    edit("en/strings.yaml", "booklet_subtitle: \"Your personal checklist", "booklet_subtitle: \"ქართული checklist");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path pdf = temp.resolve("x.pdf");
    int code = Main.run(new String[] {"generate", "--sample", "--content", content.toString(), "-o", pdf.toString()},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(ExitCodes.BAD_INPUT, code, err.toString());
    assertTrue(err.toString().contains(content + "/en/strings.yaml: booklet_subtitle: \"ა\" (U+10D0)"), err.toString());
    assertTrue(!Files.exists(pdf), "no booklet with # boxes is written");
  }

  @Test
  void yamlThatWouldPrintWrongIsRefused() {
    edit("common.yaml", "notice_days: 60\n", "notice_days: 60\nnotice_days: 70\n");
    edit("en/procedures.yaml", "  checklist: Notify Immigration (graduation)", "  checklist: &c Notify Immigration (graduation)");
    edit("en/procedures.yaml", "  title: Tell Immigration you left your school", "  title: *c");
    edit("en/strings.yaml", "booklet_title: Leaving Japan", "booklet_title: !!binary aGVsbG8=");
    Run run = validateCopy();
    List<String> lines = run.lines();
    assertEquals(ExitCodes.BAD_INPUT, run.code());
    assertTrue(lines.contains(at("content/common.yaml line 10: notice_days: given twice in the same place (the second would silently win): keep one")),
        String.join("\n", lines));
    assertTrue(lines.contains(at("content/en/procedures.yaml line 6: immigration.checklist: anchors (&c) are not read as you might expect: write the value out")),
        String.join("\n", lines));
    assertTrue(lines.contains(at("content/en/procedures.yaml line 5: immigration.title: aliases (*c) are not read as you might expect: write the value out")),
        String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(at("content/en/strings.yaml line 9: booklet_title: tags such as"))),
        String.join("\n", lines));
  }

  @Test
  void placeholdersAndDatePatternsThatWouldPrintWrongAreCaught() {
    edit("vi/strings.yaml", "cover_generated: \"Ngày tháng được tính vào {date}\"", "cover_generated: \"Ngày {date\"");
    edit("vi/strings.yaml", "timeline_from_to: \"{from} – {to}\"", "timeline_from_to: \"{from} {foo}\"");
    edit("vi/strings.yaml", "date_format: \"EEEE, d/M/uuuu\"", "date_format: \"HH:mm\"");
    edit("en/strings.yaml", "date_format: \"EEE d MMM yyyy\"", "date_format: \"yyyy\"");
    Run run = validateCopy();
    assertEquals(ExitCodes.BAD_INPUT, run.code(), run.err());
    assertTrue(run.err().isEmpty(), "no stack trace: " + run.err());
    assertProblems(run,
        "content/en/strings.yaml: date_format \"yyyy\" does not show the day, the month and the year (it prints 2027; use letters such as d, M, uuuu)",
        "content/vi/strings.yaml: date_format \"HH:mm\" asks for what a date does not have (Unsupported field: HourOfDay); use day, month, year and weekday letters such as d, M, uuuu, E",
        "content/vi/strings.yaml: cover_generated \"Ngày {date\" must hold {date}, written exactly so",
        "content/vi/strings.yaml: timeline_from_to \"{from} {foo}\" must hold {from} and {to}, written exactly so; {foo} is not one of {from}, {to}");
  }

  @Test
  void numbersAHostAndControlCharactersAreSaidPlainly() {
    edit("common.yaml", "notice_days: 60", "notice_days: 1.5");
    edit("common.yaml", "host: kamome.asia", "host: asia");
    edit("en/strings.yaml", "booklet_title: Leaving Japan", "booklet_title: Leaving Japan\n\"a\\u202Eb\\e[31m\": x");
    Run run = validateCopy();
    assertEquals(ExitCodes.BAD_INPUT, run.code());
    List<String> lines = run.lines();
    assertTrue(lines.contains(at("content/common.yaml line 9: notice_days: 1.5 is not a whole number")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.contains("(kamome).url: \"https://kamome.asia\" is checked against \"asia\", which is not a host name")),
        String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.contains("a\\u202Eb\\u001B[31m: unknown key")), String.join("\n", lines));
    assertTrue(lines.stream().noneMatch(l -> l.chars().anyMatch(c -> c == 0x1B || c == 0x202E)), "raw control characters");
  }

  /** A stray list item deep in a file is reported at its own line, not at the start of the block. */
  @Test
  void aSyntaxMistakeIsReportedAtItsLine() {
    edit("ja/strings.yaml", "label_term: ", "- 項目\nlabel_term: ");
    Run run = validateCopy();
    assertEquals(ExitCodes.BAD_INPUT, run.code());
    assertTrue(run.lines().stream().anyMatch(l -> l.startsWith(at("content/ja/strings.yaml line 40, column 1: expected <block end>, but found '-'"))
        && l.contains("check the indentation")), String.join("\n", run.lines()));
  }

  @Test
  void theFolderNameMustBeTheLanguageOfItsLocale() throws IOException {
    Files.move(content.resolve("vi"), content.resolve("vn"));
    Run run = validateCopy();
    assertEquals(ExitCodes.BAD_INPUT, run.code());
    assertTrue(run.lines().contains(at("content/vn/strings.yaml: locale \"vi\" is not the language the folder is named for "
        + "(\"vn\" becomes the document's language: name the folder vi)")), String.join("\n", run.lines()));
  }

  @Test
  void aWeekdayAloneOrTheWeekBasedYearIsNotADate() {
    edit("en/strings.yaml", "date_format: \"EEE d MMM yyyy\"", "date_format: \"EEE MMM YYYY\"");
    edit("en/strings.yaml", "short_date_format: \"d MMM\"", "short_date_format: \"E d\"");
    assertProblems(validateCopy(),
        "content/en/strings.yaml: date_format \"EEE MMM YYYY\" uses Y, the week-based year, which is a year off around New Year: use uuuu or yyyy",
        "content/en/strings.yaml: short_date_format \"E d\" does not show the day, the month (it prints Fri 5; use letters such as d, M)");
  }

  @Test
  void aNumberTooLargeDoesNotHideTheFilesOtherProblems() {
    edit("common.yaml", "notice_days: 60", "notice_days: 99999999999");
    edit("common.yaml", "plans: [undecided]", "plans: [maybe]");
    assertProblems(validateCopy(),
        "content/common.yaml line 9: notice_days: 99999999999 is too large (use a whole number up to 2147483647)",
        "content/common.yaml: services[1] (reeracoen).plans: \"maybe\" is not a plan (use return-home, work-abroad, undecided)");
  }

  /** A school's fonts without hangul for Vietnamese: batch stops before the first row, not at the first vi row. */
  @Test
  void batchChecksEveryLanguageBeforeTheFirstRow() throws IOException {
    edit("vi/strings.yaml", "fonts: [Noto Sans, BIZ UDPGothic, WenQuanYi Micro Hei, NanumGothic]", "fonts: [Noto Sans]");
    Path roster = temp.resolve("class.csv");
    Files.writeString(roster, "name,graduation_date,departure_date,plan,destination,language\n"
        + "Ann Lee,2027-03-18,2027-04-09,undecided,VN,en\nBình Trần,2027-03-18,2027-04-09,undecided,VN,vi\n");
    Path out = temp.resolve("out");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"batch", "--roster", roster.toString(), "--out", out.toString(),
        "--content", content.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(ExitCodes.BAD_INPUT, code, err.toString());
    assertTrue(err.toString().contains("problem(s) in vi"), err.toString());
    assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "nothing written");
  }
}
