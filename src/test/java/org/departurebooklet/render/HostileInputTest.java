package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.departurebooklet.BookletException;
import org.departurebooklet.Booklets;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Untrusted input never makes a render reach the network or the file system (SECURITY.md). */
class HostileInputTest {

  private static HttpServer target;
  private static HttpServer redirector;
  private static final AtomicInteger targetHits = new AtomicInteger();
  private static final AtomicInteger redirectHits = new AtomicInteger();

  @BeforeAll
  static void listen() throws IOException {
    target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    target.createContext(
        "/",
        exchange -> {
          targetHits.incrementAndGet();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    target.start();
    redirector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    redirector.createContext(
        "/",
        exchange -> {
          redirectHits.incrementAndGet();
          exchange.getResponseHeaders().add("Location", base(target) + "/after-redirect.png");
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    redirector.start();
  }

  @AfterAll
  static void stop() {
    target.stop(0);
    redirector.stop(0);
  }

  private static String base(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static int hits() {
    return targetHits.get() + redirectHits.get();
  }

  @Test
  void markupAndUrlsInANamePrintLiterallyAndLoadNothing() {
    List<String> names =
        List.of(
            "</p><img src=\"" + base(target) + "/name.png\"/>",
            "<link rel=\"stylesheet\" href=\"" + base(redirector) + "/s.css\"/>",
            "file:///etc/passwd",
            "{{name}} {{> style}} }}",
            "<a download href=\"file:///etc/hostname\">x</a>");
    for (String name : names) {
      byte[] pdf =
          TestBooklets.pdf(TestBooklets.get(), TestBooklets.student(name), TestBooklets.options())
              .pdf();
      String text = TestBooklets.text(pdf).replaceAll("\\s+", "");
      assertTrue(text.contains(name.replaceAll("\\s+", "")), "printed literally: " + name);
    }
    assertEquals(0, hits(), "requests reached the loopback listeners");
  }

  @Test
  void theRendererRefusesEveryExternalResourceEvenInItsOwnMarkup() throws IOException {
    String t = base(target);
    String xhtml =
        """
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>t</title>
        <link rel="stylesheet" href="%1$s/style.css"/>
        <style>@import url(%1$s/import.css);
        body { font-family: "Noto Sans"; background-image: url(%1$s/bg.png); }
        @font-face { font-family: evil; src: url(%1$s/font.ttf); }</style></head>
        <body><p>Hello</p>
        <img src="%1$s/a.png" alt="a"/>
        <img src="%2$s/redirect.png" alt="r"/>
        <img src="file:///etc/passwd" alt="f"/>
        <img src="jar:file:///x.jar!/a.png" alt="j"/>
        <a download="" href="file:///etc/hostname">attachment</a>
        <object data="%1$s/object" type="image/png"></object>
        <p style="font-family: evil">x</p>
        </body></html>
        """
            .formatted(t, base(redirector));
    PdfRenderer renderer = new PdfRenderer(TestBooklets.get().fonts());
    byte[] pdf = render(renderer, xhtml);
    assertEquals(0, hits(), "requests reached the loopback listeners");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        assertTrue(
            !page.getResources().getXObjectNames().iterator().hasNext(), "an image was embedded");
        for (PDAnnotation a : page.getAnnotations()) {
          assertTrue(!(a instanceof PDAnnotationFileAttachment), "a file was attached");
        }
      }
      assertEquals(
          null,
          doc.getDocumentCatalog().getNames() == null
              ? null
              : doc.getDocumentCatalog().getNames().getEmbeddedFiles(),
          "embedded files");
    }
  }

  @Test
  void xmlEntityTricksAreNotExpanded() {
    String xhtml =
        """
        <?xml version="1.0"?>
        <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <html xmlns="http://www.w3.org/1999/xhtml"><body><p>&secret;</p></body></html>
        """;
    PdfRenderer renderer = new PdfRenderer(TestBooklets.get().fonts());
    BookletException e = assertThrows(BookletException.class, () -> render(renderer, xhtml));
    assertEquals(BookletException.Kind.MISSING_ASSET, e.kind(), "a template made it");
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void anEntityDeclaredInANameIsPrintedAsTextNotExpanded() {
    String name =
        "<!DOCTYPE n [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><n>&e;</n> &amp; &#60;";
    Booklets.Check check =
        TestBooklets.get()
            .check(
                Map.of(
                    "name",
                    name,
                    "graduation_date",
                    "2027-03-18",
                    "departure_date",
                    "2027-04-09",
                    "plan",
                    "work-abroad",
                    "destination",
                    "SG"),
                TestBooklets.options());
    byte[] pdf = TestBooklets.get().pdf(check.orElseThrow("test fields")).pdf();
    String text = TestBooklets.text(pdf).replaceAll("\\s+", "");
    assertTrue(text.contains(name.replaceAll("\\s+", "")), "printed as typed: " + name);
  }

  @Test
  void aNameNoFontCanPrintIsRefusedListingTheCharacters() {
    BookletException e =
        assertThrows(
            BookletException.class,
            () ->
                TestBooklets.pdf(
                    TestBooklets.get(),
                    TestBooklets.student("Ann \uD80C\uDC00 Lee \uD83D\uDE00"),
                    TestBooklets.options()));
    assertEquals(BookletException.Kind.BAD_INPUT, e.kind());
    assertTrue(
        e.getMessage().contains("U+13000") && e.getMessage().contains("U+1F600"), e.getMessage());
  }

  @Test
  void namesInEveryScriptAreCovered() {
    for (String name : List.of("Nguyễn Thị Ngọc Ánh", "山田 花子", "张伟", "김민준", "Zoë Ørsted-Ñúñez")) {
      assertEquals(
          List.of(),
          TestBooklets.get().check(TestBooklets.student(name), TestBooklets.options()).problems(),
          name);
    }
  }

  /** Renders markup as it is, tagged, with the full faces. */
  private static byte[] render(PdfRenderer renderer, String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(
          xhtml, new FontChoice("\"Noto Sans\"", "\"Noto Sans\"", false), Instant.EPOCH, true, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
