package org.departurebooklet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.LinkCheck.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which links {@code validate --links} asks: read from common.yaml, with no network. */
class OfficialLinksTest {

  @TempDir Path temp;

  @Test
  void everyProcedureSourceAndEveryServicePageIsFoundWithItsHostAndPlace() {
    OfficialLinks.Found found = OfficialLinks.in(AssetDirs.packaged().content());
    List<Link> links = found.checkable();
    assertEquals(0, found.refused());
    assertEquals(
        new Link(
            "https://www.isa.go.jp/en/applications/procedures/nyuukokukanri10_00014.html",
            "isa.go.jp",
            "content/common.yaml: procedures[0] (immigration).source"),
        links.get(0));
    assertTrue(
        links.contains(
            new Link(
                "https://kamome.asia",
                "kamome.asia",
                "content/common.yaml: services[0] (kamome).url")),
        links.toString());
  }

  @Test
  void noLinkWrittenInCommonYamlIsLeftOut() throws IOException {
    Path common = AssetDirs.packaged().content().resolve("common.yaml");
    Set<String> written = new TreeSet<>();
    Matcher url =
        Pattern.compile("https://\\S+").matcher(Files.readString(common, StandardCharsets.UTF_8));
    while (url.find()) {
      written.add(url.group());
    }
    assertTrue(written.size() >= 20, written.toString());
    assertEquals(
        written,
        OfficialLinks.in(AssetDirs.packaged().content()).checkable().stream()
            .map(Link::url)
            .collect(Collectors.toCollection(TreeSet::new)),
        "a new kind of link in common.yaml needs adding to OfficialLinks");
  }

  @Test
  void aLinkThatBreaksTheLinkRulesIsCountedButNotAsked() throws IOException {
    Path content = TestBooklets.copyShippedContent(temp.resolve("content"));
    Path common = content.resolve("common.yaml");
    String text = Files.readString(common, StandardCharsets.UTF_8);
    Files.writeString(
        common,
        text.replace("url: https://kamome.asia", "url: http://kamome.asia")
            .replace("url: https://www.linkedin.com", "url: https://www.linkedin.com.evil.example"),
        StandardCharsets.UTF_8);
    OfficialLinks.Found found = OfficialLinks.in(content);
    assertEquals(2, found.refused());
    assertEquals(
        OfficialLinks.in(AssetDirs.packaged().content()).checkable().size() - 2,
        found.checkable().size());
    assertTrue(
        found.checkable().stream()
            .noneMatch(l -> l.url().contains("kamome") || l.url().contains("evil")));
    assertTrue(
        found
            .checkable()
            .get(0)
            .where()
            .startsWith(
                content + content.getFileSystem().getSeparator() + "common.yaml: procedures[0]"),
        found.checkable().get(0).where());
  }

  @Test
  void aCommonFileThatCannotBeReadGivesNoLinks() throws IOException {
    Path content = TestBooklets.copyShippedContent(temp.resolve("content"));
    Files.writeString(content.resolve("common.yaml"), "procedures: [", StandardCharsets.UTF_8);
    OfficialLinks.Found found = OfficialLinks.in(content);
    assertEquals(List.of(), found.checkable());
  }
}
