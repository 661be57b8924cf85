package org.departurebooklet.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.departurebooklet.Booklets;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.io.Digests;
import org.departurebooklet.model.CleanText;
import org.departurebooklet.model.School;
import org.departurebooklet.model.StudentFields;

/**
 * A fingerprint of everything that goes into one booklet: the row's fields, the file name, the
 * options (paper, language, day, creation instant, tagging), the identity of the content, templates
 * and fonts, and the Java runtime's version (its locale data is printed). Two equal keys make
 * byte-identical PDFs, so a rerun may keep the earlier file. Immutable and thread-safe once made.
 */
public final class InputKey {

  private static final String VERSION = "booklet-batch-input-1";

  private final byte[] assets;
  private final String options;

  private InputKey(byte[] assets, String options) {
    this.assets = assets;
    this.options = options;
  }

  /**
   * Hashes every file of the asset folders (a few MB: the fonts), once per process while they are
   * unchanged, with the options and the school whose name and contact every booklet carries.
   */
  public static InputKey of(AssetDirs dirs, Booklets.Options options, Optional<School> school) {
    byte[] assets = assetsDigest(List.of(dirs.content(), dirs.templates(), dirs.fonts()));
    String opts =
        options.paper().code()
            + "\n"
            + options.language().orElse("")
            + "\n"
            + options.today()
            + "\n"
            + options.created()
            + "\n"
            + (options.tagged() ? "tagged" : "untagged")
            + "\n"
            + school.map(s -> s.name() + "\n" + s.contact().orElse("") + brand(s)).orElse("")
            // The JDK's locale data names countries and months, and decides the trimmed fonts'
            // glyphs.
            + "\n"
            + Runtime.version();
    return new InputKey(assets, opts);
  }

  /**
   * The school's colour and logo, when it has them (nothing otherwise: keys made before them stay).
   */
  private static String brand(School school) {
    return school.colour().map(c -> "\ncolour " + c.hex()).orElse("")
        + school.logo().map(l -> "\nlogo " + l.digest()).orElse("");
  }

  /** The key of one row. */
  public String of(String file, Map<String, String> fields) {
    MessageDigest md = Digests.sha256();
    md.update(VERSION.getBytes(StandardCharsets.UTF_8));
    md.update(assets);
    update(md, options);
    update(md, file);
    for (String field : StudentFields.ALL) {
      update(md, field);
      String value = CleanText.clean(fields.get(field));
      update(md, value == null ? "" : value);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static void update(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
  }

  /**
   * Digests of asset folders already read, by a listing of their files with sizes and modification
   * times: a process that runs several batches (a benchmark, a server) reads the fonts once, and
   * any change to a file is still seen.
   */
  private static final Map<String, byte[]> DIGESTS = new ConcurrentHashMap<>();

  private static byte[] assetsDigest(List<Path> dirs) {
    Map<Path, List<Path>> files = new LinkedHashMap<>();
    StringBuilder listing = new StringBuilder();
    for (Path dir : dirs) {
      files.put(dir, AssetDirs.files(dir));
      for (Path file : files.get(dir)) {
        try {
          listing
              .append(file.toUri())
              .append('\0')
              .append(Files.size(file))
              .append('\0')
              .append(Files.getLastModifiedTime(file).toMillis())
              .append('\n');
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file.toUri(), e);
        }
      }
    }
    return DIGESTS
        .computeIfAbsent(
            listing.toString(),
            k -> {
              MessageDigest md = Digests.sha256();
              files.forEach(
                  (dir, list) -> {
                    for (Path file : list) {
                      update(md, dir.relativize(file).toString().replace('\\', '/'));
                      md.update(AssetDirs.read(dir, dir.relativize(file).toString()));
                    }
                  });
              return md.digest();
            })
        .clone();
  }
}
