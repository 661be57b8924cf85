package org.departurebooklet.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads files the program does not trust (a student file, a school profile, a roster, a batch
 * journal): only regular files, and never more than a limit, counted while reading. A device such
 * as {@code /dev/zero} reports a size of 0 and never ends, and a pipe without a writer blocks
 * forever on open, so neither {@code Files.size} nor {@code Files.readAllBytes} is safe on them.
 * Stateless and thread-safe.
 *
 * <p>The type is checked before the file is opened (Java cannot open a pipe without blocking); a
 * file swapped for a pipe in between would still block, but a swapped device is stopped by the
 * bound.
 */
public final class BoundedFiles {

  /**
   * A path that names something other than a regular file: a device, a pipe, a socket, a folder.
   */
  public static final class NotRegularFileException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    NotRegularFileException(Path file, String reason) {
      super(file.toString(), null, reason);
    }
  }

  /** A file that holds more bytes than its reader accepts. */
  public static final class TooLargeException extends FileSystemException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    TooLargeException(Path file, long limit) {
      super(file.toString(), null, "is larger than " + size(limit));
      this.limit = limit;
    }

    /** The most bytes the reader accepted. */
    public long limit() {
      return limit;
    }
  }

  private BoundedFiles() {}

  /**
   * The whole file, if it is a regular file of at most {@code limit} bytes. Links are followed
   * unless {@code options} holds {@link LinkOption#NOFOLLOW_LINKS}: then a link is refused.
   *
   * @throws NotRegularFileException if it is a device, a pipe, a socket, a folder (or a link, see
   *     above)
   * @throws TooLargeException if it holds more than {@code limit} bytes
   */
  public static byte[] readRegular(Path file, long limit, LinkOption... options)
      throws IOException {
    if (limit < 0 || limit >= Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("limit " + limit + " is not a size that fits in memory");
    }
    try (InputStream in = openRegular(file, limit, options)) {
      return in.readNBytes((int) limit + 1); // the stream throws at byte limit + 1
    }
  }

  /**
   * A stream of the file, if it is a regular file (links: as for {@link #readRegular}), that throws
   * {@link TooLargeException} when more than {@code limit} bytes are read from it.
   */
  public static InputStream openRegular(Path file, long limit, LinkOption... options)
      throws IOException {
    requireRegular(file, options);
    OpenOption[] open =
        noFollow(options)
            ? new OpenOption[] {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS}
            : new OpenOption[] {StandardOpenOption.READ};
    return new Bounded(Files.newInputStream(file, open), file, limit);
  }

  /**
   * Throws {@link NotRegularFileException} unless {@code file} is a regular file (links: as for
   * {@link #readRegular}).
   */
  public static void requireRegular(Path file, LinkOption... options) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, options);
    if (attributes.isSymbolicLink()) {
      throw new NotRegularFileException(file, "is a symbolic link");
    }
    if (attributes.isDirectory()) {
      throw new NotRegularFileException(file, "is a folder, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw new NotRegularFileException(
          file, "is not a regular file (it is a device, a pipe or a socket)");
    }
  }

  private static boolean noFollow(LinkOption... options) {
    return Arrays.asList(options).contains(LinkOption.NOFOLLOW_LINKS);
  }

  /** A size for messages: {@code "64 KiB"}, {@code "32 MiB"}. */
  public static String size(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return String.format(Locale.ROOT, "%d bytes", bytes);
  }

  /** Counts what passes and fails past the limit. */
  private static final class Bounded extends FilterInputStream {
    private final Path file;
    private final long limit;
    private long count;

    Bounded(InputStream in, Path file, long limit) {
      super(in);
      this.file = file;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      // Never ask for more than one byte past the limit, so a device is not read far beyond it.
      int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, limit - count + 1));
      counted(skipped);
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void counted(long n) throws TooLargeException {
      count += n;
      if (count > limit) {
        throw new TooLargeException(file, limit);
      }
    }
  }
}
