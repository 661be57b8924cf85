package org.departurebooklet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestCsvTest {

  @TempDir Path dir;

  @Test
  void cellsThatLookLikeFormulasAreNeutralised() throws IOException {
    Path manifest = dir.resolve("manifest.csv");
    ManifestCsv.write(
        manifest,
        List.of(
            ManifestRow.error(2, "=1+1", "name \"@SUM(A1)\" is bad"),
            ManifestRow.error(3, "+81-3", "-2"),
            ManifestRow.error(4, "@cmd", "=HYPERLINK(\"http://x\")"),
            ManifestRow.error(5, "\tTAB", "\rCR"),
            ManifestRow.error(6, "\uFF1Dcmd", "plain")));
    try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      assertEquals('\uFEFF', reader.read(), "a BOM so Excel reads UTF-8");
      List<CSVRecord> records = CSVFormat.RFC4180.parse(reader).getRecords();
      assertEquals(ManifestCsv.HEADER, records.get(0).toList());
      assertEquals(
          List.of("'=1+1", "'+81-3", "'@cmd", "'\tTAB", "'\uFF1Dcmd"),
          records.subList(1, 6).stream().map(r -> r.get(1)).toList());
      assertEquals(
          List.of("name \"@SUM(A1)\" is bad", "'-2", "'=HYPERLINK(\"http://x\")", "'\rCR", "plain"),
          records.subList(1, 6).stream().map(r -> r.get(6)).toList());
      assertEquals("error", records.get(1).get(5));
    }
  }
}
