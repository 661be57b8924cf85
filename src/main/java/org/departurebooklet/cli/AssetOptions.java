package org.departurebooklet.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.departurebooklet.Booklets;
import org.departurebooklet.content.AssetDirs;
import org.departurebooklet.model.SchoolFile;
import picocli.CommandLine.Option;

/** The options that point the program at a school's own content or templates. */
final class AssetOptions {

  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "Use this content folder instead of the packaged one.")
  Path content;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "Use this templates folder instead of the packaged one.")
  Path templates;

  @Option(
      names = "--school",
      paramLabel = "FILE",
      description =
          "A school profile (YAML: name, office and how to reach it, website, city office, colour,"
              + " logo) printed on the booklet's cover and back cover (and shown on the web form by serve).")
  Path school;

  Booklets open() {
    return Booklets.open(
        AssetDirs.withOverrides(
            Optional.ofNullable(content), Optional.ofNullable(templates), Optional.empty()),
        Optional.ofNullable(school).map(SchoolFile::read),
        String.valueOf(school));
  }
}
