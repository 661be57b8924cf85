package org.departurebooklet.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The school that hands out the booklets (school.yaml): its name and, if given, where students
 * can ask for help. Printed on each booklet's cover and shown on the web form. Cleaned like any
 * other input.
 */
public record School(String name, Optional<String> contact) {

  public static final int MAX_NAME_LENGTH = 100;
  public static final int MAX_CONTACT_LENGTH = 200;

  public School {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contact, "contact");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
  }
}
