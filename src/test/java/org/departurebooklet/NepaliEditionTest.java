package org.departurebooklet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.departurebooklet.model.StudentFields;
import org.departurebooklet.model.StudentFile;
import org.departurebooklet.roster.Roster;
import org.departurebooklet.roster.RosterRow;
import org.departurebooklet.web.FormBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Nepali edition reads back in Nepali with its dates in Nepali, and a name written in
 * Devanagari is accepted from every input (a student file, a roster row, the web form) in every
 * edition, and prints as written.
 */
class NepaliEditionTest {

  private static final String NAME = "सरिता कुमारी श्रेष्ठ";

  @Test
  void theNepaliEditionPrintsNepaliHeadingsAndDates() throws IOException {
    byte[] pdf =
        TestBooklets.pdf(TestBooklets.get(), EditionsTest.STUDENT, EditionsTest.in("ne")).pdf();
    String text = TestBooklets.text(pdf).replaceAll("\\s+", " ");
    for (String heading :
        new String[] {
          "जापान छोड्दै",
          "तपाईंको समयतालिका",
          "नगरपालिकामा एक पटक",
          "तयारी गर्नुपर्ने चार कुरा",
          "विदेशमा काम खोज्ने"
        }) {
      assertTrue(text.contains(heading), heading);
    }
    assertTrue(text.contains("2027 मार्च 18, बिहि"), "graduation");
    assertTrue(text.contains("2027 अप्रिल 1, बिहि"), "immigration: graduation + 14 days");
    assertTrue(text.contains("2027 अप्रिल 9, शुक्र"), "departure");
    assertTrue(text.contains("2029 अप्रिल 9, सोम"), "pension refund: departure + 2 years");
    assertTrue(text.contains("सिङ्गापुर"), "destination in Nepali");
    assertTrue(
        text.contains("届出書在中") && text.contains("転出届"), "the Japanese to show at the counter");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals("ne", doc.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void aNameInDevanagariIsAcceptedFromEveryInputInEveryEdition(@TempDir Path dir) throws Exception {
    String yaml =
        "name: "
            + NAME
            + "\ngraduation_date: 2027-03-18\ndeparture_date: 2027-04-09\n"
            + "plan: return-home\ndestination: NP\n";
    Path roster = dir.resolve("class.csv");
    Files.writeString(
        roster,
        "name,graduation_date,departure_date,plan,destination\n"
            + NAME
            + ",2027-03-18,2027-04-09,return-home,NP\n",
        StandardCharsets.UTF_8);
    String form =
        "name="
            + URLEncoder.encode(NAME, StandardCharsets.UTF_8)
            + "&graduation_date=2027-03-18&departure_date=2027-04-09&plan=return-home&destination=NP";

    List<Map<String, String>> inputs = new ArrayList<>();
    inputs.add(StudentFile.parse(yaml.getBytes(StandardCharsets.UTF_8), "me.yaml").fields());
    try (Roster rows = Roster.open(roster, Optional.empty())) {
      for (RosterRow row : rows) {
        inputs.add(row.fields());
      }
    }
    inputs.add(
        FormBody.read(
                new ByteArrayInputStream(form.getBytes(StandardCharsets.US_ASCII)),
                4096,
                StudentFields.ALL)
            .values());
    assertEquals(3, inputs.size());
    for (Map<String, String> fields : inputs) {
      assertEquals(NAME, fields.get(StudentFields.NAME));
      for (String lang : TestBooklets.get().languages()) {
        Booklets.Check check = TestBooklets.get().check(fields, EditionsTest.in(lang));
        assertEquals(List.of(), check.problems(), lang);
        if (lang.equals("en") || lang.equals("ne")) {
          String text =
              TestBooklets.text(TestBooklets.get().pdf(check.student().orElseThrow()).pdf());
          assertTrue(text.contains(NAME), lang + ": the name prints as written");
        }
      }
    }
  }
}
