package org.departurebooklet.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.departurebooklet.io.AtomicFile;
import org.departurebooklet.io.Digests;

/**
 * What earlier runs made, so a rerun skips booklets whose input has not changed: a small hidden
 * journal per output folder (per shard), {@code .batch-state.csv}, one line per booklet written
 * ({@code input,sha256,pages,file}). A line is appended and flushed right after its PDF has been
 * moved into place, so a run killed at any moment leaves a journal that names only whole files; a
 * half-written last line is ignored. A booklet counts as unchanged only if the journal records the
 * same input for its file and the file on disk still has the recorded SHA-256.
 *
 * <p>{@link #record} is thread-safe; loading and {@link #compact} happen on one thread.
 */
public final class BatchState implements Closeable {

  static final String PREFIX = ".batch-state";
  private static final String HEADER = "# booklet batch state: input,sha256,pages,file\n";

  /** One booklet an earlier run made. */
  public record Entry(String input, String sha256, int pages, String file) {}

  private final Map<String, List<Entry>> byFile;
  private final Path journal;
  private OutputStream append;

  private BatchState(Map<String, List<Entry>> byFile, Path journal) {
    this.byFile = byFile;
    this.journal = journal;
  }

  /**
   * Reads every state journal in {@code out} (those of all shards) and opens this run's own.
   *
   * @param suffix the shard's file-name suffix, {@code ""} for a whole-roster run
   */
  public static BatchState open(Path out, String suffix) throws IOException {
    Map<String, List<Entry>> byFile = new HashMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(out, PREFIX + "*.csv")) {
      for (Path file : files) {
        read(file, byFile);
      }
    }
    BatchState state = new BatchState(byFile, out.resolve(PREFIX + suffix + ".csv"));
    state.openJournal();
    return state;
  }

  private static void read(Path file, Map<String, List<Entry>> into) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int end = text.lastIndexOf('\n');
    if (end < 0) {
      return;
    }
    for (String line : text.substring(0, end).split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(",", 4);
      if (parts.length == 4 && parts[0].length() == 64 && parts[1].length() == 64 && parts[2].matches("\\d{1,6}")) {
        into.computeIfAbsent(parts[3], f -> new ArrayList<>())
            .add(new Entry(parts[0], parts[1], Integer.parseInt(parts[2]), parts[3]));
      }
    }
  }

  private void openJournal() throws IOException {
    boolean fresh = !Files.exists(journal) || Files.size(journal) == 0;
    boolean endsClean = fresh || endsWithNewline(journal);
    append = Files.newOutputStream(journal, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    if (fresh) {
      append.write(HEADER.getBytes(StandardCharsets.UTF_8));
    } else if (!endsClean) {
      append.write('\n');
    }
    append.flush();
  }

  private static boolean endsWithNewline(Path file) throws IOException {
    try (var channel = Files.newByteChannel(file)) {
      channel.position(channel.size() - 1);
      java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
      channel.read(last);
      return last.get(0) == '\n';
    }
  }

  /**
   * The earlier booklet for this file if it was made from the same input and is still intact on
   * disk.
   */
  public Optional<Entry> unchanged(Path pdf, String input) throws IOException {
    List<Entry> entries = byFile.get(pdf.getFileName().toString());
    if (entries == null || !Files.isRegularFile(pdf)) {
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
    append.write(line(entry).getBytes(StandardCharsets.UTF_8));
    append.flush();
  }

  /** Replaces this run's journal with exactly these entries (the booklets of the finished run). */
  public synchronized void compact(List<Entry> entries) throws IOException {
    close();
    StringBuilder text = new StringBuilder(HEADER);
    entries.forEach(e -> text.append(line(e)));
    AtomicFile.write(journal, text.toString().getBytes(StandardCharsets.UTF_8));
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

  static String sha256(Path file) throws IOException {
    MessageDigest md = Digests.sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
