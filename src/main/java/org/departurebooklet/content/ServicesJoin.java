package org.departurebooklet.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.departurebooklet.content.ContentProblem.Kind;
import org.departurebooklet.content.LanguageText.ServicesText;
import org.departurebooklet.model.CountryCodes;
import org.departurebooklet.model.Plan;

/**
 * Joins common.yaml's job services with one language's services.yaml, checking their links, types,
 * country and plan codes on the way, for {@link ContentJoin}. One per join; not thread-safe.
 */
final class ServicesJoin {

  private final ContentJoin join;

  /** common.yaml as messages name it. */
  private final String commonFile;

  private final List<ContentProblem> problems;

  ServicesJoin(ContentJoin join, String commonFile, List<ContentProblem> problems) {
    this.join = join;
    this.commonFile = commonFile;
    this.problems = problems;
  }

  /**
   * The services of common.yaml with their text from {@code textsFile} (null when it could not be
   * read).
   */
  List<Content.Service> join(CommonData common, ServicesText servicesText, String textsFile) {
    List<CommonData.ServiceData> data = ContentJoin.orEmpty(common.services());
    List<ServicesText.Service> serviceTexts =
        servicesText == null
            ? List.of()
            : join.ordered(
                textsFile,
                "services",
                servicesText.services(),
                data.stream()
                    .filter(s -> s != null && s.id() != null)
                    .map(CommonData.ServiceData::id)
                    .toList());
    if (servicesText != null) {
      join.ordered(
          textsFile, "types", servicesText.types(), ContentJoin.orEmpty(common.serviceTypes()));
    }
    List<Content.Service> services = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      CommonData.ServiceData s = data.get(i);
      if (s == null) {
        continue;
      }
      String where = "services[" + i + "] (" + s.id() + ")";
      if (s.url() != null) {
        join.link(where + ".url", s.url(), s.host());
      }
      if (s.type() != null && !ContentJoin.orEmpty(common.serviceTypes()).contains(s.type())) {
        problems.add(
            ContentProblem.at(
                commonFile,
                where + ".type",
                Kind.VALUE,
                "\"" + s.type() + "\" is not one of service_types " + common.serviceTypes()));
      }
      Set<String> countries = countries(where, s.countries());
      Set<Plan> plans = plans(where, s.plans());
      if (i < serviceTexts.size() && servicesText != null && servicesText.types() != null) {
        ServicesText.Service text = serviceTexts.get(i);
        if (s.url() != null) {
          join.searchWords(textsFile, "services." + s.id() + ".search", s.url(), text.search());
        }
        services.add(
            new Content.Service(
                s.id(),
                s.name(),
                s.type(),
                servicesText.types().getOrDefault(s.type(), s.type()),
                s.url(),
                s.host(),
                countries,
                plans,
                text.regions(),
                text.strengths(),
                Optional.ofNullable(text.search()).filter(w -> !w.isBlank())));
      }
    }
    return services;
  }

  private Set<String> countries(String where, List<String> codes) {
    Set<String> countries = new LinkedHashSet<>(ContentJoin.orEmpty(codes));
    countries.stream()
        .filter(c -> !CountryCodes.contains(c))
        .forEach(
            c ->
                problems.add(
                    ContentProblem.at(
                        commonFile,
                        where + ".countries",
                        Kind.VALUE,
                        "\""
                            + c
                            + "\" is not an ISO 3166-1 alpha-2 code (use "
                            + (c.equalsIgnoreCase("UK")
                                ? "GB for the United Kingdom"
                                : "e.g. VN, SG")
                            + ")")));
    return countries;
  }

  private Set<Plan> plans(String where, List<String> codes) {
    Set<Plan> plans = new LinkedHashSet<>();
    for (String code : ContentJoin.orEmpty(codes)) {
      Plan.fromCode(code)
          .ifPresentOrElse(
              plans::add,
              () ->
                  problems.add(
                      ContentProblem.at(
                          commonFile,
                          where + ".plans",
                          Kind.VALUE,
                          "\"" + code + "\" is not a plan (use " + Plan.accepted() + ")")));
    }
    return plans;
  }
}
