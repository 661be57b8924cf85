package org.departurebooklet.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.departurebooklet.io.BoundedFiles;
import org.departurebooklet.io.IoProblems;

/**
 * Reads the logo a school profile names ({@code logo: logo.png}): a file in the profile's folder or
 * below it, named relative to the folder, never outside it (no absolute path, no {@code ..}, no
 * link whose real path leaves the folder), a regular file of at most {@link #MAX_BYTES}, a PNG by
 * its content whatever its name says. SVG is refused: drawing it would need an SVG engine (Batik)
 * the program does not carry. The PNG is then decoded and encoded again ({@link LogoPng}).
 * Stateless and thread-safe.
 */
public final class LogoFile {

  /** Larger files are not logos. */
  public static final long MAX_BYTES = 512 * 1024;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");
  private static final String SAVE_AS_PNG =
      "save the logo as a PNG file beside the profile and write its name,"
          + " such as logo: logo.png";

  /** Why a logo is refused, in words that follow its name ({@code "is not ..."}). */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason);
    }
  }

  private LogoFile() {}

  /**
   * The logo {@code value} names, relative to {@code folder} (the profile's folder).
   *
   * @throws Refused saying what is wrong and what would be accepted
   */
  public static SchoolLogo read(Path folder, String value) throws Refused {
    Path real = locate(folder, value);
    byte[] bytes;
    try {
      bytes = BoundedFiles.readRegular(real, MAX_BYTES, LinkOption.NOFOLLOW_LINKS);
    } catch (BoundedFiles.NotRegularFileException e) {
      throw new Refused(IoProblems.reason(e) + "; " + SAVE_AS_PNG);
    } catch (BoundedFiles.TooLargeException e) {
      throw new Refused(
          "is larger than "
              + BoundedFiles.size(MAX_BYTES)
              + " (a logo prints at most 18 mm high: save"
              + " it smaller, as PNG)");
    } catch (IOException e) {
      throw new Refused("cannot be read (" + IoProblems.reason(e) + ")");
    }
    if (startsWith(bytes, PNG_SIGNATURE)) {
      return LogoPng.decode(bytes, value);
    }
    if (looksLikeXml(bytes)) {
      throw new Refused("is an SVG or other XML file: only PNG logos are accepted; " + SAVE_AS_PNG);
    }
    throw new Refused(
        "is not a PNG image (its content is not PNG, whatever its name says); " + SAVE_AS_PNG);
  }

  /** The real path of the file {@code value} names, if it is inside {@code folder}. */
  private static Path locate(Path folder, String value) throws Refused {
    if (value.startsWith("/")
        || value.startsWith("\\")
        || DRIVE.matcher(value).matches()
        || value.startsWith("~")) {
      throw new Refused("is not a name in the profile's folder; " + SAVE_AS_PNG);
    }
    if (Arrays.asList(value.split("[/\\\\]")).contains("..")) {
      throw new Refused("leads out of the profile's folder (..); " + SAVE_AS_PNG);
    }
    try {
      Path home = folder.toRealPath();
      Path named = home.resolve(value);
      if (named.isAbsolute() && !named.startsWith(home)) {
        throw new Refused("is not a name in the profile's folder; " + SAVE_AS_PNG);
      }
      Path real = named.toRealPath();
      if (!real.startsWith(home)) {
        throw new Refused(
            "is a link to a file outside the profile's folder ("
                + home
                + "); copy the logo into the"
                + " folder and write its name, such as logo: logo.png");
      }
      return real;
    } catch (NoSuchFileException e) {
      throw new Refused(
          "does not exist (looked for it in " + folder.toAbsolutePath().normalize() + ")");
    } catch (InvalidPathException e) {
      throw new Refused("is not a file name; " + SAVE_AS_PNG);
    } catch (IOException e) {
      throw new Refused("cannot be read (" + IoProblems.reason(e) + ")");
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** Whether the first character that is not blank (after a byte order mark) is {@code <}. */
  private static boolean looksLikeXml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.UTF_8);
    return head.replaceFirst("^\uFEFF", "").stripLeading().startsWith("<");
  }
}
