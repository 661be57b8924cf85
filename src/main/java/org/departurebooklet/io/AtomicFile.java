package org.departurebooklet.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that no reader ever sees it half-written: the bytes go to a temporary file in
 * the same folder ({@code .NAME.DIGITS.part}), which is synced to disk and then renamed over the
 * target in one step. If anything fails (a full disk included), the temporary file is removed and
 * the old target (if any) is untouched. The rename replaces whatever has the target's name, a
 * symbolic link included: a link planted at the target is replaced, never written through.
 *
 * <p>While it writes, the writer holds a lock on its temporary file, which the operating system
 * drops when the process ends however it ends (kill -9 included). {@link #removeLeftovers} removes
 * only temporary files it can lock, so it never deletes one that another running program is still
 * writing. Thread-safe.
 */
public final class AtomicFile {

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** {@code .NAME.DIGITS.part}: group 1 is the target's name. */
  private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.\\d+\\.part");

  /**
   * Where file locks do not work (some network file systems), a temporary file untouched this long
   * is taken as left behind: a writer writes on, or finishes within seconds.
   */
  static final Duration STALE = Duration.ofHours(1);

  /** Temporary files this process is writing: a lock cannot tell them apart (see FileLock). */
  private static final Set<Path> OWN = ConcurrentHashMap.newKeySet();

  private AtomicFile() {}

  public static void write(Path target, Writer writer) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Claimed claimed;
    try {
      Files.createDirectories(dir);
      claimed = claim(dir, target.getFileName().toString());
    } catch (IOException e) {
      throw named(target, "cannot be written in " + dir, e, null);
    }
    try (FileChannel channel = claimed.channel()) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
      writer.write(out);
      out.flush(); // not close: that would close the channel and drop the lock before the move
      channel.force(true);
      try {
        Files.move(
            claimed.temp(),
            target,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(claimed.temp(), target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // Disk full, an I/O error, a failed move; or a file the writer read (named then).
      throw named(target, "could not be written", e, claimed.temp());
    } finally {
      Files.deleteIfExists(claimed.temp());
      OWN.remove(claimed.temp());
    }
  }

  /** Writes bytes. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** A temporary file made, open and locked. */
  private record Claimed(Path temp, FileChannel channel) {}

  /**
   * Makes the temporary file and locks it. Between the two, {@link #removeLeftovers} in another
   * program could lock and delete it (it deletes only while it holds the lock); so once the lock is
   * held, the file is checked to still be there, and made again if not.
   */
  private static Claimed claim(Path dir, String name) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Path temp = Files.createTempFile(dir, "." + name + ".", ".part").toAbsolutePath().normalize();
      OWN.add(temp);
      FileChannel channel = null;
      try {
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
          // createTempFile makes the file private; a booklet is an ordinary document.
          Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        boolean locked = lock(channel);
        if (!locked || Files.exists(temp, LinkOption.NOFOLLOW_LINKS) || attempt == 3) {
          return new Claimed(temp, channel);
        }
      } catch (IOException | RuntimeException e) {
        OWN.remove(temp);
        if (channel != null) {
          channel.close();
        }
        Files.deleteIfExists(temp);
        throw e;
      }
      channel.close(); // deleted by a cleanup between creation and lock: make another
      OWN.remove(temp);
    }
  }

  /**
   * Locks the whole file; false where the file system has no locks (the cleanup then goes by age).
   */
  private static boolean lock(FileChannel channel) {
    try {
      channel.lock();
      return true;
    } catch (IOException ignored) {
      return false; // e.g. ENOLCK on a network share without a lock service; the file is still
      // written
    }
  }

  /**
   * Removes the temporary files that writers which are gone (killed, crashed) left in {@code dir},
   * for targets whose names {@code targets} accepts. A temporary file some running program is
   * writing is locked and kept; where locks do not work, one untouched for {@link #STALE} is
   * removed. Links and anything but regular files are left alone.
   *
   * @return how many were removed
   */
  public static int removeLeftovers(Path dir, Predicate<String> targets) throws IOException {
    int removed = 0;
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".*.part")) {
      for (Path temp : temps) {
        Matcher m = TEMP.matcher(temp.getFileName().toString());
        if (m.matches()
            && targets.test(m.group(1))
            && !OWN.contains(temp.toAbsolutePath().normalize())
            && removeIfLeftBehind(temp)) {
          removed++;
        }
      }
    } catch (NoSuchFileException ignored) {
      return 0; // no folder, nothing left behind
    }
    return removed;
  }

  private static boolean removeIfLeftBehind(Path temp) throws IOException {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(temp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        return false;
      }
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        FileLock lock;
        try {
          lock = channel.tryLock(0, Long.MAX_VALUE, true);
        } catch (OverlappingFileLockException ignored) {
          return false; // this process holds it
        } catch (IOException noLocks) {
          if (attributes.lastModifiedTime().toInstant().isAfter(Instant.now().minus(STALE))) {
            return false; // no locks here, and recent: perhaps still being written
          }
          Files.delete(temp);
          return true;
        }
        if (lock == null) {
          return false; // a running writer holds it
        }
        Files.delete(temp); // while holding the lock, so a writer that locks next sees it gone
        return true;
      }
    } catch (NoSuchFileException ignored) {
      return false; // moved into place or removed meanwhile
    }
  }

  /**
   * The failure named by the file the user asked for, not our temporary one; the cause keeps the
   * details. A problem with another file (one the writer was reading) names that file too.
   */
  private static FileSystemException named(Path target, String what, IOException cause, Path temp) {
    boolean other =
        temp != null
            && cause instanceof FileSystemException fs
            && fs.getFile() != null
            && !fs.getFile().equals(temp.toString())
            && !fs.getFile().equals(target.toString());
    String why = other ? IoProblems.describe(cause) : IoProblems.reason(cause);
    FileSystemException e =
        new FileSystemException(target.toString(), null, what + " (" + why + ")");
    e.initCause(cause);
    return e;
  }
}
