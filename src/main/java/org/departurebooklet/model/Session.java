package org.departurebooklet.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An information session a handout is printed for (session.yaml): printed in a box on the handout's
 * cover, in the handout's language. Cleaned like any other input.
 *
 * @param time the time as written, e.g. {@code 14:00-15:30}
 * @param bring what to bring to the individual consultation
 * @param url a school page or sign-up form (a QR code on the cover)
 */
public record Session(
    String title,
    LocalDate date,
    Optional<String> time,
    Optional<String> room,
    Optional<String> advisor,
    Optional<String> contact,
    List<String> bring,
    Optional<String> url) {

  public Session {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(advisor, "advisor");
    Objects.requireNonNull(contact, "contact");
    bring = List.copyOf(bring);
    Objects.requireNonNull(url, "url");
  }
}
