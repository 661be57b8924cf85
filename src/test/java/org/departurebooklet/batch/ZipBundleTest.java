package org.departurebooklet.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.departurebooklet.io.IoProblems;
import org.departurebooklet.print.CombinedPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class ZIP keeps names in any script as they are, on Linux too, and is the same every time.
 */
class ZipBundleTest {

  @TempDir Path dir;

  @Test
  void namesInAnyScriptAreUtf8InEntriesMadeOnUnixAndTheZipIsReproducible() throws IOException {
    List<Path> files =
        List.of(
            Files.writeString(dir.resolve("S1_Lê_Thị_Hồng_Nhung.pdf"), "%PDF-1 a"),
            Files.writeString(dir.resolve("S2_김민준.pdf"), "%PDF-1 b"));
    Path manifest =
        Files.writeString(dir.resolve("manifest.csv"), "line,file\n", StandardCharsets.UTF_8);
    Instant time = Instant.parse("2027-03-01T00:00:00Z");
    Path zip = dir.resolve("class.zip");
    ZipBundle.write(zip, files, manifest, time);

    List<String> names = new ArrayList<>();
    try (ZipFile read = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : Collections.list(read.getEntries())) {
        names.add(entry.getName());
        assertEquals(ZipArchiveEntry.PLATFORM_UNIX, entry.getPlatform(), entry.getName());
        assertEquals(0644, entry.getUnixMode() & 0777, entry.getName());
        assertTrue(entry.getGeneralPurposeBit().usesUTF8ForNames(), entry.getName());
      }
    }
    assertEquals(List.of("S1_Lê_Thị_Hồng_Nhung.pdf", "S2_김민준.pdf", "manifest.csv"), names);

    Path again = dir.resolve("again.zip");
    ZipBundle.write(again, files, manifest, time);
    assertArrayEquals(Files.readAllBytes(zip), Files.readAllBytes(again));
  }

  @Test
  void aBookletSwappedForALinkIsNotFollowedIntoTheZipOrThePrintFile() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "not for the class");
    Path pdf = dir.resolve("S1_Anna.pdf");
    Files.createSymbolicLink(pdf, secret);
    Path manifest =
        Files.writeString(dir.resolve("manifest.csv"), "line,file\n", StandardCharsets.UTF_8);
    Path zip = dir.resolve("class.zip");
    FileSystemException e =
        assertThrows(
            FileSystemException.class,
            () -> ZipBundle.write(zip, List.of(pdf), manifest, Instant.EPOCH));
    assertEquals(
        zip + ": could not be written (" + pdf + ": is a symbolic link)", IoProblems.describe(e));
    assertFalse(Files.exists(zip));
    Path print = dir.resolve("print.pdf");
    FileSystemException p =
        assertThrows(
            FileSystemException.class, () -> CombinedPdf.write(print, List.of(pdf), Instant.EPOCH));
    assertTrue(IoProblems.describe(p).contains("is a symbolic link"), IoProblems.describe(p));
    assertFalse(Files.exists(print));
  }
}
