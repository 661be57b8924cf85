package org.departurebooklet.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.departurebooklet.AtomicFile;

/**
 * One ZIP of a batch's booklets and its manifest, written atomically. The PDFs are already
 * compressed, so they are stored as they are (fast, and no bigger); entries carry a fixed time so the
 * same files give the same ZIP. Stateless and thread-safe.
 */
public final class ZipBundle {

  private ZipBundle() {}

  /** Writes {@code files} (stored under their file names) and then the manifest. */
  public static void write(Path target, List<Path> files, Path manifest, Instant time) throws IOException {
    AtomicFile.write(target, out -> {
      ZipOutputStream zip = new ZipOutputStream(out);
      for (Path file : files) {
        stored(zip, file, time);
      }
      ZipEntry entry = new ZipEntry(manifest.getFileName().toString());
      entry.setTime(time.toEpochMilli());
      zip.putNextEntry(entry);
      Files.copy(manifest, zip);
      zip.closeEntry();
      zip.finish();
    });
  }

  private static void stored(ZipOutputStream zip, Path file, Instant time) throws IOException {
    CRC32 crc = new CRC32();
    try (InputStream in = new CheckedInputStream(Files.newInputStream(file), crc)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    long size = Files.size(file);
    ZipEntry entry = new ZipEntry(file.getFileName().toString());
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(size);
    entry.setCompressedSize(size);
    entry.setCrc(crc.getValue());
    entry.setTime(time.toEpochMilli());
    zip.putNextEntry(entry);
    Files.copy(file, zip);
    zip.closeEntry();
  }
}
