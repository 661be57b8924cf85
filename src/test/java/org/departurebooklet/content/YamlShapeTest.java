package org.departurebooklet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Key lines and the YAML features content must not use, read from the events. */
class YamlShapeTest {

  @Test
  void keysHaveTheirLinesInNestedListsAndMaps() {
    YamlShape shape =
        YamlShape.of(
            "f.yaml",
            "---\na: 1\nlist:\n  - id: x\n    due: y\n  - {id: z, due: w}\nmap:\n  inner: |\n    text\n  after: 2\n");
    assertEquals(List.of(), lines(shape), "a leading --- is fine");
    assertEquals(2, shape.line("a"));
    assertEquals(5, shape.line("list[0].due"));
    assertEquals(6, shape.line("list[1].id"));
    assertEquals(10, shape.line("map.after"));
  }

  @Test
  void aListUsedAsAKeyIsOneProblemAndTheKeysAfterItKeepTheirLines() {
    YamlShape shape = YamlShape.of("f.yaml", "? [a, b]\n: value\nnext: value\nother: value\n");
    assertEquals(
        List.of("f.yaml line 1: a key must be a plain word, not a list or a group of keys"),
        lines(shape));
    assertEquals(3, shape.line("next"));
    assertEquals(4, shape.line("other"));
  }

  @Test
  void duplicatesAnchorsAliasesTagsAndASecondDocumentAreNamed() {
    YamlShape shape = YamlShape.of("f.yaml", "a: &x 1\nb: *x\nc: !!binary aGk=\na: 2\n---\nd: 3\n");
    assertEquals(
        List.of(
            "f.yaml line 1: a: anchors (&x) are not read as you might expect: write the value out",
            "f.yaml line 2: b: aliases (*x) are not read as you might expect: write the value out",
            "f.yaml line 3: c: tags such as !!binary are not supported: write the value as plain text",
            "f.yaml line 4: a: given twice in the same place (the second would silently win): keep one",
            "f.yaml line 5: a second YAML document (after ---) would be ignored: keep one per file"),
        lines(shape));
    assertEquals(ContentProblem.Kind.DUPLICATE, shape.problems().get(3).kind());
  }

  private static List<String> lines(YamlShape shape) {
    return shape.problems().stream().map(ContentProblem::describe).toList();
  }
}
