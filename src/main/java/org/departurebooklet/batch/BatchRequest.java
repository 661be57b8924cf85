package org.departurebooklet.batch;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.departurebooklet.Booklets;

/**
 * What a batch is asked to do.
 *
 * @param roster the class roster (CSV)
 * @param encoding the roster's encoding if the user named it; empty to detect UTF-8 or Shift_JIS
 * @param out the folder for the booklets and the manifest
 * @param jobs how many booklets are rendered at once
 * @param outputs what the batch makes besides the booklets: files beside each, files from the class
 * @param force render every row even if an unchanged booklet exists
 */
public record BatchRequest(
    Path roster,
    Optional<Charset> encoding,
    Path out,
    int jobs,
    Booklets.Options options,
    List<BatchOutput> outputs,
    boolean force,
    Shard shard) {

  public BatchRequest {
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    outputs = List.copyOf(outputs);
    Objects.requireNonNull(shard, "shard");
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs " + jobs);
    }
  }

  /** The manifest's name: {@code manifest.csv}, or {@code manifest-K-of-N.csv} for a shard. */
  public String manifestName() {
    return "manifest" + shard.suffix() + ".csv";
  }
}
