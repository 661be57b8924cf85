package org.departurebooklet.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.departurebooklet.content.LinkCheck.Link;
import org.departurebooklet.io.Links;

/**
 * The links of a content folder that {@code validate --links} asks: each procedure's official
 * source and each job service's page, from common.yaml, with the host each must stay in. Reading
 * them goes on no network. Stateless and thread-safe.
 */
public final class OfficialLinks {

  /** The links of a folder: those validate can ask, and how many it cannot (already reported). */
  public record Found(List<Link> checkable, int refused) {
    public Found {
      checkable = List.copyOf(checkable);
    }
  }

  private OfficialLinks() {}

  /**
   * The links of common.yaml in {@code contentDir}, in file order. A link that breaks the link
   * rules ({@link Links#problems}: not https, another host) is counted, not asked; so are all when
   * common.yaml cannot be read. Either is a problem validate reports anyway.
   */
  public static Found in(Path contentDir) {
    String file = AssetDirs.contentLabel(contentDir) + ContentLoader.COMMON;
    // The problems found while reading are the ones validate's own check lists; not repeated here.
    List<ContentProblem> alreadyReported = new ArrayList<>();
    List<Link> all =
        ContentFile.read(contentDir, ContentLoader.COMMON, file, alreadyReported)
            .flatMap(
                text ->
                    SchemaCheck.<CommonData>read(
                        file,
                        text,
                        SchemaCheck.YAML.constructType(CommonData.class),
                        alreadyReported))
            .map(common -> of(common, file))
            .orElse(List.of());
    List<Link> checkable =
        all.stream()
            .filter(link -> Links.problems(link.url(), link.expectedHost()).isEmpty())
            .toList();
    return new Found(checkable, all.size() - checkable.size());
  }

  /**
   * Every link of common.yaml, named as validate names its keys; {@code file} names common.yaml.
   */
  static List<Link> of(CommonData common, String file) {
    List<Link> links = new ArrayList<>();
    List<CommonData.ProcedureRule> procedures =
        common.procedures() == null ? List.of() : common.procedures();
    for (int i = 0; i < procedures.size(); i++) {
      if (procedures.get(i) != null) {
        links.addAll(
            sources(
                procedures.get(i),
                file + ": procedures[" + i + "] (" + procedures.get(i).id() + ")"));
      }
    }
    List<CommonData.ServiceData> services =
        common.services() == null ? List.of() : common.services();
    for (int i = 0; i < services.size(); i++) {
      CommonData.ServiceData service = services.get(i);
      if (service != null && service.url() != null) {
        links.add(
            new Link(
                service.url(),
                orEmpty(service.host()),
                file + ": services[" + i + "] (" + service.id() + ").url"));
      }
    }
    return links;
  }

  /**
   * A procedure's official sources ({@code where} names the procedure): add new source keys here.
   */
  private static List<Link> sources(CommonData.ProcedureRule rule, String where) {
    List<Link> links = new ArrayList<>();
    if (rule.source() != null) {
      links.add(new Link(rule.source(), orEmpty(rule.sourceHost()), where + ".source"));
    }
    if (rule.sources() != null) {
      String host = rule.sourcesHost() != null ? rule.sourcesHost() : rule.sourceHost();
      rule.sources()
          .forEach(
              (lang, url) -> links.add(new Link(url, orEmpty(host), where + ".sources." + lang)));
    }
    return links;
  }

  private static String orEmpty(String host) {
    return host == null ? "" : host;
  }
}
