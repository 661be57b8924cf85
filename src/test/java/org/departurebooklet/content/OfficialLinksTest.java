package org.departurebooklet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.departurebooklet.TestBooklets;
import org.departurebooklet.content.LinkCheck.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which links {@code validate --links} asks: read from common.yaml, with no network. */
class OfficialLinksTest {

  @TempDir
  Path temp;

  @Test
  void everyProcedureSourceAndEveryServicePageIsFoundWithItsHostAndPlace() {
    OfficialLinks.Found found = OfficialLinks.in(AssetDirs.packaged().content());
    List<Link> links = found.checkable();
    assertEquals(0, found.refused());
    assertEquals(12 + 8, links.size(), links.toString());
    assertEquals(new Link("https://www.isa.go.jp/en/applications/procedures/nyuukokukanri10_00014.html", "isa.go.jp",
        "content/common.yaml: procedures[0] (immigration).source"), links.get(0));
    assertEquals(new Link("https://kamome.asia", "kamome.asia", "content/common.yaml: services[0] (kamome).url"),
        links.get(12));
    assertTrue(links.stream().allMatch(l -> l.url().startsWith("https://")), links.toString());
  }

  @Test
  void aLinkThatBreaksTheLinkRulesIsCountedButNotAsked() throws IOException {
    Path content = TestBooklets.copyShippedContent(temp.resolve("content"));
    Path common = content.resolve("common.yaml");
    String text = Files.readString(common, StandardCharsets.UTF_8);
    Files.writeString(common, text.replace("url: https://kamome.asia", "url: http://kamome.asia")
        .replace("url: https://www.linkedin.com", "url: https://www.linkedin.com.evil.example"), StandardCharsets.UTF_8);
    OfficialLinks.Found found = OfficialLinks.in(content);
    assertEquals(2, found.refused());
    assertEquals(18, found.checkable().size());
    assertTrue(found.checkable().stream().noneMatch(l -> l.url().contains("kamome") || l.url().contains("evil")));
    assertTrue(found.checkable().get(0).where().startsWith(content + content.getFileSystem().getSeparator()
        + "common.yaml: procedures[0]"), found.checkable().get(0).where());
  }

  @Test
  void aCommonFileThatCannotBeReadGivesNoLinks() throws IOException {
    Path content = TestBooklets.copyShippedContent(temp.resolve("content"));
    Files.writeString(content.resolve("common.yaml"), "procedures: [", StandardCharsets.UTF_8);
    OfficialLinks.Found found = OfficialLinks.in(content);
    assertEquals(List.of(), found.checkable());
  }
}
