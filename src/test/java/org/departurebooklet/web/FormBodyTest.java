package org.departurebooklet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormBodyTest {

  private static final List<String> FIELDS = FormPage.FIELDS;

  @Test
  void keepsOnlyTheFormsFieldsAndTheFirstValueOfEach() throws Exception {
    FormBody.Fields v =
        FormBody.read(
            WebTesting.stream(
                "name=L%C3%AA+Th%E1%BB%8B&name=second&student_id=S1&plan=undecided&flag"),
            1024,
            FIELDS);
    assertEquals(Map.of("name", "Lê Thị", "plan", "undecided"), v.values());
    assertEquals(Set.of(), v.notUtf8());
  }

  @Test
  void bytesThatAreNotUtf8AreReportedByField() throws Exception {
    FormBody.Fields v =
        FormBody.read(
            WebTesting.stream("name=%C3%28&plan=undecided&destination=%FF"), 1024, FIELDS);
    assertEquals(Set.of("name", "destination"), v.notUtf8());
    assertEquals("\uFFFD(", v.values().get("name"), "kept with the broken byte marked");
    assertEquals("undecided", v.values().get("plan"));
    // UTF-8 sent without escapes (curl --data-binary) is read as UTF-8 too.
    assertEquals(
        "Lê", FormBody.read(WebTesting.stream("name=Lê"), 1024, FIELDS).values().get("name"));
  }

  @Test
  void bodyOverTheLimitIsTooLargeAndBrokenEscapesAreMalformed() {
    assertThrows(
        FormBody.TooLarge.class,
        () -> FormBody.read(WebTesting.stream("name=" + "a".repeat(2000)), 1024, FIELDS));
    assertThrows(
        FormBody.Malformed.class, () -> FormBody.read(WebTesting.stream("name=%ZZ"), 1024, FIELDS));
    assertThrows(
        FormBody.Malformed.class,
        () -> FormBody.read(WebTesting.stream("name=%E0%A4%A"), 1024, FIELDS));
  }
}
