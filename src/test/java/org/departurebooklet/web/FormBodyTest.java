package org.departurebooklet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormBodyTest {

  private static final List<String> FIELDS = FormPage.FIELDS;

  @Test
  void keepsOnlyTheFormsFieldsAndTheFirstValueOfEach() throws Exception {
    Map<String, String> v = FormBody.read(WebTesting.stream(
        "name=L%C3%AA+Th%E1%BB%8B&name=second&student_id=S1&plan=undecided&flag"), 1024, FIELDS);
    assertEquals(Map.of("name", "Lê Thị", "plan", "undecided"), v);
  }

  @Test
  void bodyOverTheLimitIsTooLargeAndBrokenEscapesAreMalformed() {
    assertThrows(FormBody.TooLarge.class, () -> FormBody.read(WebTesting.stream("name=" + "a".repeat(2000)), 1024, FIELDS));
    assertThrows(FormBody.Malformed.class, () -> FormBody.read(WebTesting.stream("name=%ZZ"), 1024, FIELDS));
  }
}
