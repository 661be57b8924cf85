package org.departurebooklet.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.departurebooklet.BookletException;
import org.departurebooklet.io.BoundedFiles;
import org.departurebooklet.io.Digests;
import org.departurebooklet.io.IoProblems;

/**
 * What earlier runs made, so a rerun skips booklets whose input has not changed: a small hidden
 * journal per output folder (per shard), {@code .batch-state.csv}, one line per booklet written
 * ({@code input,sha256,pages,file}). A line is appended and flushed right after its PDF has been
 * moved into place, so a run killed at any moment leaves a journal that names only whole files; a
 * half-written last line is ignored. A booklet counts as unchanged only if the journal records the
 * same input for its file and the file on disk is a regular file (not a link) that still has the
 * recorded SHA-256.
 *
 * <p>The output folder may be shared, so nothing in it is trusted: a journal that is a symbolic
 * link, a device or a pipe is refused (never read, never appended to), journals are read with a
 * size bound, and a new journal is made by rename, which cannot write through a link.
 *
 * <p>{@link #record} is thread-safe; loading and {@link #compact} happen on one thread.
 */
public final class BatchState implements Closeable {

  static final String PREFIX = ".batch-state";
  private static final String HEADER = "# booklet batch state: input,sha256,pages,file\n";

  /** Larger journals are not ones this program wrote: about 200,000 booklets' lines. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  /** One booklet an earlier run made. */
  public record Entry(String input, String sha256, int pages, String file) {}

  private final Map<String, List<Entry>> byFile;
  private final Path journal;
  private final OutputFiles files;
  private OutputStream append;

  private BatchState(Map<String, List<Entry>> byFile, Path journal, OutputFiles files) {
    this.byFile = byFile;
    this.journal = journal;
    this.files = files;
  }

  /**
   * Reads every state journal in {@code out} (those of all shards) and opens this run's own.
   *
   * @param suffix the shard's file-name suffix, {@code ""} for a whole-roster run
   * @throws BookletException (usage) if a journal is a link, not a regular file, or too large
   */
  public static BatchState open(Path out, String suffix) throws IOException {
    return open(out, suffix, OutputFiles.ATOMIC);
  }

  static BatchState open(Path out, String suffix, OutputFiles files) throws IOException {
    Map<String, List<Entry>> byFile = new HashMap<>();
    try (DirectoryStream<Path> journals = Files.newDirectoryStream(out, PREFIX + "*.csv")) {
      for (Path file : journals) {
        read(file, byFile);
      }
    }
    BatchState state = new BatchState(byFile, out.resolve(PREFIX + suffix + ".csv"), files);
    state.openJournal();
    return state;
  }

  private static void read(Path file, Map<String, List<Entry>> into) throws IOException {
    String text;
    try {
      text =
          new String(
              BoundedFiles.readRegular(file, MAX_BYTES, LinkOption.NOFOLLOW_LINKS),
              StandardCharsets.UTF_8);
    } catch (BoundedFiles.NotRegularFileException | BoundedFiles.TooLargeException e) {
      throw refused(file, e);
    }
    int end = text.lastIndexOf('\n');
    if (end < 0) {
      return;
    }
    for (String line : text.substring(0, end).split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(",", 4);
      if (parts.length == 4
          && parts[0].length() == 64
          && parts[1].length() == 64
          && parts[2].matches("\\d{1,6}")) {
        into.computeIfAbsent(parts[3], f -> new ArrayList<>())
            .add(new Entry(parts[0], parts[1], Integer.parseInt(parts[2]), parts[3]));
      }
    }
  }

  /** A journal the batch will not touch, and what to do about it. */
  private static BookletException refused(Path file, FileSystemException e) {
    return BookletException.usage(
        file
            + ": "
            + IoProblems.reason(e)
            + ", which is not a journal this program"
            + " writes; the batch does not read or write through it (delete it, or use another --out)");
  }

  /**
   * Opens this run's journal for appending. A new (or empty) one is made by rename with its header;
   * an existing one must be a regular file, opened without following links.
   */
  private void openJournal() throws IOException {
    BasicFileAttributes attributes = attributes(journal);
    try {
      if (attributes == null || attributes.isRegularFile() && attributes.size() == 0) {
        files.write(journal, out -> out.write(HEADER.getBytes(StandardCharsets.UTF_8)));
      } else {
        BoundedFiles.requireRegular(journal, LinkOption.NOFOLLOW_LINKS);
      }
    } catch (BoundedFiles.NotRegularFileException e) {
      throw refused(journal, e);
    }
    try {
      boolean endsClean = endsWithNewline(journal);
      append =
          Files.newOutputStream(
              journal,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND,
              LinkOption.NOFOLLOW_LINKS);
      if (!endsClean) {
        append.write('\n');
      }
      append.flush();
    } catch (IOException e) {
      close();
      throw named(journal, e);
    }
  }

  /** The file's own attributes (a link's, not its target's), or null if there is none. */
  private static BasicFileAttributes attributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException ignored) {
      return null; // a first run: no journal yet
    }
  }

  private static boolean endsWithNewline(Path file) throws IOException {
    try (SeekableByteChannel channel =
        Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      if (channel.size() == 0) {
        return true;
      }
      channel.position(channel.size() - 1);
      ByteBuffer last = ByteBuffer.allocate(1);
      channel.read(last);
      return last.get(0) == '\n';
    }
  }

  /**
   * The earlier booklet for this file if it was made from the same input and is still intact on
   * disk, as a regular file: a link planted in its place is never taken as the booklet.
   */
  public Optional<Entry> unchanged(Path pdf, String input) throws IOException {
    List<Entry> entries = byFile.get(pdf.getFileName().toString());
    BasicFileAttributes attributes = entries == null ? null : attributes(pdf);
    if (attributes == null || !attributes.isRegularFile()) {
      return Optional.empty();
    }
    List<Entry> sameInput = entries.stream().filter(e -> e.input().equals(input)).toList();
    if (sameInput.isEmpty()) {
      return Optional.empty();
    }
    String actual = sha256(pdf);
    return sameInput.stream().filter(e -> e.sha256().equals(actual)).findFirst();
  }

  /** Notes a booklet just moved into place. */
  public synchronized void record(Entry entry) throws IOException {
    try {
      append.write(line(entry).getBytes(StandardCharsets.UTF_8));
      append.flush();
    } catch (IOException e) {
      throw named(journal, e);
    }
  }

  /** Replaces this run's journal with exactly these entries (the booklets of the finished run). */
  public synchronized void compact(List<Entry> entries) throws IOException {
    close();
    StringBuilder text = new StringBuilder(HEADER);
    entries.forEach(e -> text.append(line(e)));
    files.write(journal, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** An entry as a journal line: {@code input,sha256,pages,file} and a newline. */
  private static String line(Entry e) {
    return e.input() + "," + e.sha256() + "," + e.pages() + "," + e.file() + "\n";
  }

  @Override
  public synchronized void close() throws IOException {
    if (append != null) {
      append.close();
      append = null;
    }
  }

  /** A failure named by the journal, so a user reads which file could not be written. */
  private static FileSystemException named(Path file, IOException cause) {
    if (cause instanceof FileSystemException fs && file.toString().equals(fs.getFile())) {
      return fs;
    }
    FileSystemException e =
        new FileSystemException(
            file.toString(), null, "could not be written (" + IoProblems.reason(cause) + ")");
    e.initCause(cause);
    return e;
  }

  /** The SHA-256 of a regular file, read without following a link. */
  static String sha256(Path file) throws IOException {
    MessageDigest md = Digests.sha256();
    try (InputStream in =
        new DigestInputStream(
            Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS), md)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
