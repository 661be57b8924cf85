package org.departurebooklet.fuzz;

import static org.departurebooklet.fuzz.Gen.weight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * YAML-ish documents of top-level {@code key: value} lines, as a student file or a school profile
 * is written, and as it is written wrong: every scalar style, lists, maps, anchors and aliases,
 * tags (SnakeYAML's gadget chains among them), directives, several documents, deep nesting, huge
 * values, broken indentation and line endings of every kind. Stateless.
 */
public final class YamlDocuments {

  /** Plain scalars that YAML 1.1 would re-type (numbers, booleans, null, dates, times). */
  public static final List<String> RETYPED =
      List.of(
          "0042",
          "012345",
          "0x2A",
          "0o17",
          "1e3",
          "1_000",
          "+12",
          ".inf",
          "-.Inf",
          ".NaN",
          "~",
          "null",
          "Null",
          "yes",
          "No",
          "NO",
          "on",
          "OFF",
          "y",
          "n",
          "true",
          "False",
          "2027-03-18",
          "2027-03-18T10:00:00Z",
          "12:30:00",
          "190:20:30",
          "=",
          "<<",
          "0b101",
          "-0",
          "1.",
          ".5");

  /** Values that are not plain text: every other kind of YAML node, and tricks. */
  private static final List<String> NODES =
      List.of(
          "[a, b]",
          "[]",
          "{}",
          "{a: b}",
          "\n  - a\n  - b",
          "\n  a: b",
          "- a",
          "&a x",
          "*a",
          "*nowhere",
          "&a [*a]",
          "!!str 0042",
          "!!int 0x2A",
          "!!binary aGk=",
          "!foo x",
          "!!map {}",
          "!<tag:yaml.org,2002:str> x",
          "!!python/object/apply:os.system ['id']",
          "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]",
          "|\n  one\n  two",
          ">-\n  folded\n  text",
          "|+\n  kept\n\n",
          "|2\n   indented",
          "|0\n x",
          "|10\n x",
          ">\n\tx",
          "\"unclosed",
          "'unclosed",
          "\"a\" trailing",
          "[unclosed",
          "{a: ",
          "? x",
          ": x",
          "a: b: c",
          "@x",
          "`x",
          "%x",
          "| # comment\n  x",
          "\"\\q\"",
          "\"\\x4\"",
          "\"\\uD800\"",
          "\"\\U0010FFFF\"",
          "\"\\U00110000\"",
          "\"\\UFFFFFFFF\"",
          "\"\\N\\_\\L\\P\\0\\e\\a\\/\"",
          "'it''s'",
          "\"multi\n  line\"",
          "'multi\n\n  line'");

  /** Keys: the given ones, in other cases and quoting, and keys that are not words. */
  private static final List<String> ODD_KEYS =
      List.of(
          "email",
          "",
          "\"\"",
          "<<",
          "? [a]",
          "? {a: b}",
          "&k name",
          "*k",
          "!!str name",
          "!!int 1",
          "Name",
          "NAME",
          "\"name\"",
          "'name'",
          "name ",
          " name",
          "[name]",
          "{name: x}",
          "- name",
          "1",
          "~",
          "null",
          "? |\n  name\n");

  /** Whole-document openings and endings. */
  private static final List<String> FRAMES =
      List.of(
          "",
          "",
          "",
          "%YAML 1.1\n---\n",
          "%YAML 1.2\n---\n",
          "%YAML 9.9\n---\n",
          "---\n",
          "--- |\n  text\n",
          "...\n",
          "%TAG ! tag:x,2000:\n---\n",
          "%FOO bar\n---\n",
          "# comment\n",
          "\uFEFF",
          "---\na: 1\n---\n",
          "--- !!set\n",
          "--- &doc\n",
          "- a\n",
          "just text\n");

  private YamlDocuments() {}

  /** A document whose keys are mostly {@code keys} (the fields of the file being fuzzed). */
  public static Gen<String> document(List<String> keys) {
    Gen<String> key =
        Gen.frequency(
            weight(8, Gen.oneOf(keys)),
            weight(2, Gen.oneOf(ODD_KEYS)),
            weight(1, HostileText.any(4)));
    Gen<String> value = value();
    Gen<String> indent =
        Gen.frequency(weight(12, Gen.constant("")), weight(1, Gen.oneOf(" ", "  ", "\t", " \t")));
    Gen<String> eol =
        Gen.frequency(
            weight(10, Gen.constant("\n")),
            weight(
                2, Gen.oneOf("\r\n", "\r", "\u0085", "\u2028", " # note\n", "  \n\n", "\n\t\n")));
    return random -> {
      StringBuilder doc = new StringBuilder(Gen.oneOf(FRAMES).next(random));
      int lines = random.nextInt(random.nextInt(14) + 1);
      for (int i = 0; i < lines; i++) {
        doc.append(indent.next(random))
            .append(key.next(random))
            .append(separator(random))
            .append(value.next(random))
            .append(eol.next(random));
      }
      if (random.nextInt(10) == 0) {
        doc.append(Gen.oneOf(FRAMES).next(random));
      }
      return doc.toString();
    };
  }

  /** One value as written after {@code key: }, in any style. */
  public static Gen<String> value() {
    return Gen.frequency(
        weight(6, HostileText.letters(12)),
        weight(4, Gen.oneOf(RETYPED)),
        weight(6, Gen.oneOf(NODES)),
        weight(3, HostileText.any(10).map(YamlDocuments::singleQuoted)),
        weight(3, HostileText.any(10).map(YamlDocuments::doubleQuoted)),
        weight(2, HostileText.any(6)),
        weight(1, YamlDocuments::nested),
        weight(1, YamlDocuments::huge),
        weight(1, YamlDocuments::aliasBomb));
  }

  /**
   * {@code values} as a document, each value in a style drawn from {@code random}: plain where YAML
   * allows it, single-quoted, double-quoted with escapes, or nothing after the colon for "". For
   * "every value is the text written"; values must be valid Unicode (no lone surrogates).
   */
  public static String write(Map<String, String> values, Random random) {
    StringBuilder doc = new StringBuilder();
    for (Map.Entry<String, String> field : new LinkedHashMap<>(values).entrySet()) {
      String v = field.getValue();
      int style = random.nextInt(3);
      String written =
          v.isEmpty() && style == 0
              ? ""
              : style == 0 && plainSafe(v)
                  ? v
                  : style == 1 && v.codePoints().allMatch(YamlDocuments::printableInline)
                      ? singleQuoted(v)
                      : doubleQuoted(v, random.nextBoolean());
      doc.append(field.getKey())
          .append(':')
          .append(written.isEmpty() ? "" : " ")
          .append(written)
          .append('\n');
    }
    return doc.toString();
  }

  /**
   * Text YAML takes as a plain scalar, unchanged (the code reads scalars as text, never re-typed).
   */
  public static boolean plainSafe(String v) {
    if (v.isEmpty()
        || v.strip().length() != v.length()
        || "-?:,[]{}#&*!|>'\"%@`".indexOf(v.charAt(0)) >= 0) {
      return false;
    }
    return !v.contains(": ")
        && !v.contains(" #")
        && !v.endsWith(":")
        && !v.contains("  ")
        && v.codePoints().allMatch(cp -> printableInline(cp) && cp != '\t' && cp != 0xFEFF);
  }

  /** Printable in YAML and not a line break: may stand inside a one-line scalar as it is. */
  private static boolean printableInline(int cp) {
    boolean printable =
        cp == 0x09
            || cp >= 0x20 && cp <= 0x7E
            || cp == 0x85
            || cp >= 0xA0 && cp <= 0xD7FF
            || cp >= 0xE000 && cp <= 0xFFFD
            || cp >= 0x10000 && cp <= 0x10FFFF;
    return printable && cp != 0x85 && cp != 0x2028 && cp != 0x2029 && cp != 0xFEFF;
  }

  private static String singleQuoted(String v) {
    return "'" + v.replace("'", "''") + "'";
  }

  private static String doubleQuoted(String v) {
    return doubleQuoted(v, false);
  }

  /**
   * In double quotes: what YAML cannot hold as it is escaped, and with {@code all}, every non-ASCII
   * too.
   */
  private static String doubleQuoted(String v, boolean all) {
    StringBuilder out = new StringBuilder("\"");
    v.codePoints()
        .forEach(
            cp -> {
              if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
              } else if (cp >= 0x20 && cp < 0x7F || !all && printableInline(cp) && cp != '\t') {
                out.appendCodePoint(cp);
              } else if (cp <= 0xFFFF) {
                out.append(String.format("\\u%04X", cp));
              } else {
                out.append(String.format("\\U%08X", cp));
              }
            });
    return out.append('"').toString();
  }

  private static String nested(Random random) {
    int depth = 1 + random.nextInt(random.nextInt(3000) + 1);
    return switch (random.nextInt(3)) {
      case 0 -> "[".repeat(depth) + "]".repeat(depth);
      case 1 -> "{a: ".repeat(depth) + "b" + "}".repeat(depth);
      default -> {
        StringBuilder block = new StringBuilder();
        for (int i = 1; i <= Math.min(depth, 200); i++) {
          block.append('\n').append(" ".repeat(i)).append("k: ");
        }
        yield block.append("v").toString();
      }
    };
  }

  private static String huge(Random random) {
    String unit = List.of("x", "\u3042", "ab ", "\uD83D\uDE00").get(random.nextInt(4));
    return unit.repeat(1 + random.nextInt(70_000));
  }

  /** Anchors of lists of aliases of lists: a billion laughs, if anything ever expanded it. */
  private static String aliasBomb(Random random) {
    List<String> levels = new ArrayList<>();
    levels.add("&a0 [x, x, x, x, x, x, x, x, x]");
    int depth = 2 + random.nextInt(9);
    for (int i = 1; i < depth; i++) {
      levels.add("&a" + i + " [" + String.join(", ", Collections.nCopies(9, "*a" + (i - 1))) + "]");
    }
    return "[" + String.join(", ", levels) + "]";
  }

  /** {@code ": "}, mostly; now and then no space, a tab, or no colon at all. */
  private static String separator(Random random) {
    return switch (random.nextInt(20)) {
      case 0 -> ":";
      case 1 -> ":\t";
      case 2 -> " ";
      case 3 -> " : ";
      default -> ": ";
    };
  }
}
