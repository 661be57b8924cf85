package org.departurebooklet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.departurebooklet.BookletException;

/**
 * Where the project's own assets live: the content, templates and fonts folders. By default they
 * are the copies packed into the jar (or the build's classpath); a school may point any of them to
 * its own folder. Every path handed out is a {@link Path}, so the code reading it is the same for
 * both. Immutable and thread-safe.
 */
public record AssetDirs(Path content, Path templates, Path fonts) {

  /** The folders packed with the program. */
  public static AssetDirs packaged() {
    return new AssetDirs(packagedDir("content"), packagedDir("templates"), packagedDir("fonts"));
  }

  /** The packed folders, with any of them replaced by a folder on disk. */
  public static AssetDirs withOverrides(
      Optional<Path> content, Optional<Path> templates, Optional<Path> fonts) {
    AssetDirs base = packaged();
    return new AssetDirs(
        content.map(p -> existingDir(p, "content")).orElse(base.content),
        templates.map(p -> existingDir(p, "templates")).orElse(base.templates),
        fonts.map(p -> existingDir(p, "fonts")).orElse(base.fonts));
  }

  /**
   * How messages name a file in the content folder {@code contentDir}: {@code content/} for the
   * packed folder, else the folder's own path, so a school that checks its copy with {@code
   * --content} is pointed at its files, not ours.
   */
  public static String contentLabel(Path contentDir) {
    boolean packed =
        !contentDir.getFileSystem().equals(FileSystems.getDefault())
            || contentDir.equals(packagedDir("content"));
    return packed ? "content/" : contentDir + contentDir.getFileSystem().getSeparator();
  }

  /** Reads one asset, failing with its name and where it was looked for. */
  public static byte[] read(Path dir, String name) {
    Path file = dir.resolve(name);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "missing " + name + " (looked in " + dir.toUri() + ")",
          e);
    }
  }

  /** Every file under an asset folder, in a stable order, failing with the folder's name. */
  public static List<Path> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "cannot list the files of " + dir.toUri() + ": " + e.getMessage(),
          e);
    }
  }

  private static Path existingDir(Path dir, String what) {
    if (!Files.isDirectory(dir)) {
      throw new BookletException(
          BookletException.Kind.USAGE, "--" + what + " " + dir + ": no such folder");
    }
    return dir.toAbsolutePath().normalize();
  }

  private static Path packagedDir(String name) {
    String marker = name + "/.packaged";
    URL url = AssetDirs.class.getClassLoader().getResource(marker);
    if (url == null) {
      throw new BookletException(
          BookletException.Kind.MISSING_ASSET,
          "missing packaged folder " + name + "/ (looked for " + marker + " on the class path)");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        return jarFileSystem(uri).provider().getPath(uri).getParent();
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad class path URL " + url, e);
    }
  }

  private static synchronized FileSystem jarFileSystem(URI uri) {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
