package org.departurebooklet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Each of the renderer's four closed doors ({@link ClosedDoors}) keeps every load out on its own,
 * even where OpenHTMLtoPDF's own default is opened up to allow everything: so removing any one of
 * them fails its test here, while {@link HostileInputTest} shows that all four together hold. The
 * markup asks for a picture over HTTP, a picture and a file from the disk (as an image and as an
 * attachment), a stylesheet, a background and a font; what it would load is real, so a door that
 * lets it through shows as a request to the loopback server, an image or an attached file in the
 * PDF. Without any door, the same markup does load them: the test can see a load.
 */
class ClosedDoorsTest {

  @TempDir static Path disk;

  private static HttpServer server;
  private static final AtomicInteger requests = new AtomicInteger();
  private static Path picture;
  private static Path secret;

  /** What a render loaded, as its PDF and the loopback server show it. */
  private record Loads(int requests, int images, int attachments) {
    static final Loads NONE = new Loads(0, 0, 0);
  }

  @BeforeAll
  static void serveAndPlant() throws IOException {
    XRLog.setLoggingEnabled(false);
    byte[] png = png();
    picture = Files.write(disk.resolve("picture.png"), png);
    secret =
        Files.writeString(
            disk.resolve("secret.txt"), "the school's secret", StandardCharsets.UTF_8);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.getResponseHeaders().add("Content-Type", "image/png");
          exchange.sendResponseHeaders(200, png.length);
          exchange.getResponseBody().write(png);
          exchange.close();
        });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void withoutAnyDoorTheMarkupLoadsFromTheServerAndTheDisk() throws Exception {
    Loads loads = render(builder -> {});
    assertTrue(loads.requests() > 0, "the server was asked: " + loads);
    assertEquals(
        3,
        loads.images(),
        "the picture and the background from the server, the picture from the disk: " + loads);
    assertEquals(
        1, loads.attachments(), "the file from the disk, once embedding is allowed: " + loads);
  }

  @Test
  void refusingBeforeResolvingAloneKeepsEverythingOut() throws Exception {
    assertEquals(Loads.NONE, render(new ClosedDoors()::refuseBeforeResolving));
  }

  @Test
  void resolvingNothingAloneKeepsEverythingOut() throws Exception {
    assertEquals(Loads.NONE, render(new ClosedDoors()::resolveNothing));
  }

  @Test
  void refusingAfterResolvingAloneKeepsEverythingOut() throws Exception {
    assertEquals(Loads.NONE, render(new ClosedDoors()::refuseAfterResolving));
  }

  @Test
  void refusingEveryStreamAloneKeepsEverythingOut() throws Exception {
    assertEquals(Loads.NONE, render(new ClosedDoors()::refuseStreams));
  }

  @Test
  void allFourTogetherKeepEverythingOut() throws Exception {
    assertEquals(Loads.NONE, render(new ClosedDoors()::apply));
  }

  /**
   * Renders the markup with OpenHTMLtoPDF opened up (every resource type allowed before and after
   * resolving, file embedding included: by default both checks refuse only that), then the given
   * door on top.
   */
  private static Loads render(Consumer<PdfRendererBuilder> door) throws Exception {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    String xhtml =
        """
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>t</title>
        <link rel="stylesheet" href="%1$s/style.css"/>
        <style>@import url(%1$s/import.css);
        body { background-image: url(%1$s/bg.png); }
        @font-face { font-family: far; src: url(%1$s/font.ttf); }</style></head>
        <body><p style="font-family: far">Hello</p>
        <img src="%1$s/a.png" alt="from the server" style="width: 20px; height: 20px"/>
        <img src="%2$s" alt="from the disk" style="width: 20px; height: 20px"/>
        <p><a download="" href="%3$s">attachment</a></p>
        </body></html>
        """
            .formatted(base, picture.toUri(), secret.toUri());
    Document dom =
        ClosedDoors.xmlFactory()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(xhtml)));
    int before = requests.get();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withW3cDocument(dom, "about:booklet");
    builder.useExternalResourceAccessControl(
        (uri, type) -> true, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> true, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    door.accept(builder);
    builder.toStream(out);
    builder.run();
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      return new Loads(requests.get() - before, images(doc), attachments(doc));
    }
  }

  private static int images(PDDocument doc) throws IOException {
    int n = 0;
    for (PDPage page : doc.getPages()) {
      for (COSName name : page.getResources().getXObjectNames()) {
        if (page.getResources().getXObject(name) instanceof PDImageXObject) {
          n++;
        }
      }
    }
    return n;
  }

  private static int attachments(PDDocument doc) throws IOException {
    int n = 0;
    for (PDPage page : doc.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationFileAttachment) {
          n++;
        }
      }
    }
    PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
    if (n == 0
        && names != null
        && names.getEmbeddedFiles() != null
        && names.getEmbeddedFiles().getNames() != null) {
      n = names.getEmbeddedFiles().getNames().size();
    }
    return n;
  }

  /** A small red square. */
  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 4; x++) {
      for (int y = 0; y < 4; y++) {
        image.setRGB(x, y, 0xCC0000);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
