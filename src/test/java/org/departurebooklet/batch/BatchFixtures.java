package org.departurebooklet.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.departurebooklet.Booklets;
import org.departurebooklet.view.Paper;

/** Rosters and options the batch tests share. */
final class BatchFixtures {

  static final String HEADER =
      "student_id,name,graduation_date,departure_date,move_out_date,plan,destination,language\r\n";
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  static final Booklets.Options OPTIONS =
      new Booklets.Options(
          Paper.A5, Optional.empty(), TODAY, Instant.parse("2026-11-25T00:00:00Z"));

  private BatchFixtures() {}

  static String row(String id, String name, String plan, String country) {
    return id + "," + name + ",2027-03-18,2027-04-09,," + plan + "," + country + ",\r\n";
  }

  static Path roster(Path dir, String... rows) throws IOException {
    Path file = dir.resolve("class.csv");
    Files.writeString(file, HEADER + String.join("", rows), StandardCharsets.UTF_8);
    return file;
  }

  static BatchRequest request(Path roster, Path out, boolean force) {
    return new BatchRequest(roster, Optional.empty(), out, 2, OPTIONS, List.of(), force, Shard.ALL);
  }
}
