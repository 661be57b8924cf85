package org.departurebooklet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Files that are not regular files, made for a test: a named pipe, a character device. */
public final class SpecialFiles {

  private SpecialFiles() {}

  /** Makes a named pipe with no writer; false if the system has no mkfifo. */
  public static boolean fifo(Path path) throws InterruptedException {
    return run("mkfifo", path.toString());
  }

  /**
   * Makes a character device that reads like {@code /dev/zero} (Linux's 1, 5): zeros without end
   * and a size of 0. False where that is not allowed (mknod needs root, or CAP_MKNOD).
   */
  public static boolean zeroDevice(Path path) throws InterruptedException {
    return run("mknod", path.toString(), "c", "1", "5");
  }

  private static boolean run(String... command) throws InterruptedException {
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false; // no such program: the caller's assumption skips the test
    }
  }
}
