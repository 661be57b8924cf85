package org.departurebooklet.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.departurebooklet.io.AtomicFile;
import org.departurebooklet.io.BoundedFiles;

/**
 * One ZIP of a batch's booklets and its manifest, written atomically. The PDFs are already
 * compressed, so they are stored as they are (fast, and no bigger); entries carry a fixed time so
 * the same files give the same ZIP. Names are UTF-8, flagged as such, in entries marked as made on
 * Unix with mode 644: unzip on Linux then keeps Lê_Thị_Hồng.pdf as it is (for an entry marked
 * MS-DOS, as java.util.zip writes them, it reads the name in a DOS code page). Immutable and
 * thread-safe.
 */
public final class ZipBundle implements BatchOutput {

  /** Larger files are not booklets (one is well under 1 MB). */
  static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

  /** A regular file, rw-r--r--. */
  private static final int FILE_MODE = 0100644;

  private final Path target;

  /** {@code batch --zip FILE}: the booklets, the files beside them and the manifest. */
  public ZipBundle(Path target) {
    this.target = target;
  }

  @Override
  public Optional<String> fromClass(ClassFiles files) throws IOException {
    List<Path> all = new ArrayList<>(files.booklets());
    all.addAll(files.beside());
    write(target, all, files.manifest(), files.created());
    return Optional.of(
        "wrote "
            + target
            + " ("
            + files.booklets().size()
            + " booklets"
            + (files.beside().isEmpty() ? "" : ", " + files.beside().size() + " files beside them")
            + " and "
            + files.manifest().getFileName()
            + ")");
  }

  @Override
  public Optional<Path> classFile() {
    return Optional.of(target);
  }

  @Override
  public boolean needsWholeClass() {
    return true;
  }

  /** Writes {@code files} (stored under their file names) and then the manifest. */
  public static void write(Path target, List<Path> files, Path manifest, Instant time)
      throws IOException {
    AtomicFile.write(
        target,
        out -> {
          ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
          zip.setEncoding(StandardCharsets.UTF_8.name());
          zip.setUseLanguageEncodingFlag(true);
          for (Path file : files) {
            stored(zip, file, time);
          }
          ZipArchiveEntry entry = entry(manifest, time);
          zip.putArchiveEntry(entry);
          zip.write(read(manifest));
          zip.closeArchiveEntry();
          zip.finish(); // not close: AtomicFile syncs and closes the file itself
        });
  }

  private static void stored(ZipArchiveOutputStream zip, Path file, Instant time)
      throws IOException {
    byte[] bytes = read(file);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    ZipArchiveEntry entry = entry(file, time);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCrc(crc.getValue());
    zip.putArchiveEntry(entry);
    zip.write(bytes);
    zip.closeArchiveEntry();
  }

  /**
   * A file of the output folder, read once (so what is summed is what is stored), as a regular file
   * and without following a link someone may have put in its place since it was written.
   */
  private static byte[] read(Path file) throws IOException {
    return BoundedFiles.readRegular(file, MAX_FILE_BYTES, LinkOption.NOFOLLOW_LINKS);
  }

  private static ZipArchiveEntry entry(Path file, Instant time) {
    ZipArchiveEntry entry = new ZipArchiveEntry(file.getFileName().toString());
    entry.setUnixMode(FILE_MODE); // also marks the entry as made on Unix
    entry.setTime(time.toEpochMilli());
    return entry;
  }
}
