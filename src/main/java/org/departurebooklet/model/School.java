package org.departurebooklet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The school that hands out the booklets (school.yaml): its name and, if given, its international
 * or career office and how to reach it, its web page for the full booklet, and the city office its
 * students usually go to, whose own pages replace the content's example cities. Printed on the
 * cover, the back cover and the handouts, and shown on the web form. Cleaned like any other input.
 *
 * @param contact a free line of contact (the profile's first form; printed after the others)
 * @param website the school's page for the booklet (a QR code on handouts and the back cover)
 * @param colour the school's colour for the band and headings of the cover and the back cover
 * @param logo the school's logo, printed on the cover and the back cover
 */
public record School(
    String name,
    Optional<String> contact,
    Optional<String> office,
    Optional<String> email,
    Optional<String> phone,
    Optional<String> room,
    Optional<String> hours,
    Optional<String> website,
    Optional<CityOffice> city,
    Optional<BrandColour> colour,
    Optional<SchoolLogo> logo) {

  public static final int MAX_NAME_LENGTH = 100;
  public static final int MAX_CONTACT_LENGTH = 200;

  /**
   * The city office the school's students usually go to.
   *
   * @param pages its own pages by procedure id (moving-out, my-number, health-insurance,
   *     resident-tax)
   */
  public record CityOffice(String name, Optional<String> address, Map<String, String> pages) {
    public CityOffice {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(address, "address");
      pages = Map.copyOf(pages);
    }
  }

  public School {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(website, "website");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(logo, "logo");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
  }

  /** A school without a colour or logo of its own. */
  public School(
      String name,
      Optional<String> contact,
      Optional<String> office,
      Optional<String> email,
      Optional<String> phone,
      Optional<String> room,
      Optional<String> hours,
      Optional<String> website,
      Optional<CityOffice> city) {
    this(
        name,
        contact,
        office,
        email,
        phone,
        room,
        hours,
        website,
        city,
        Optional.empty(),
        Optional.empty());
  }

  /** A school with a name and a line of contact only. */
  public School(String name, Optional<String> contact) {
    this(
        name,
        contact,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** How to reach the school's office, one line each, in the order people read them. */
  public List<String> contactLines() {
    List<String> lines = new ArrayList<>();
    office.ifPresent(lines::add);
    room.ifPresent(lines::add);
    hours.ifPresent(lines::add);
    email.ifPresent(lines::add);
    phone.ifPresent(lines::add);
    contact.ifPresent(lines::add);
    return lines;
  }
}
