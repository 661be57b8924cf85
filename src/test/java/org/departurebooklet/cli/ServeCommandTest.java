package org.departurebooklet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.departurebooklet.TestBooklets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The failure paths of {@code booklet serve} (a running server would not return). */
class ServeCommandTest {

  private static int run(StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  @Test
  void aTakenPortIsAUsageErrorWithAHint() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      StringWriter err = new StringWriter();
      assertEquals(
          ExitCodes.USAGE, run(err, "serve", "--port", Integer.toString(taken.getLocalPort())));
      assertTrue(
          err.toString().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()),
          err.toString());
    }
  }

  @Test
  void impossibleSettingsAreUsageErrors() {
    StringWriter err = new StringWriter();
    assertEquals(ExitCodes.USAGE, run(err, "serve", "--port", "70000"));
    assertTrue(err.toString().contains("port 70000"), err.toString());
    assertEquals(ExitCodes.USAGE, run(new StringWriter(), "serve", "--render-slots", "0"));
    assertEquals(
        ExitCodes.USAGE,
        run(new StringWriter(), "bench-web", "--url", "http://192.0.2.1:8080/", "--requests", "1"));
  }

  /**
   * The warm-up renders before the port is taken (here it is taken already, so serve stops after
   * it).
   */
  @Test
  void theWarmUpRendersBeforeListening() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new String[] {
                "serve", "--warmup", "6", "--port", Integer.toString(taken.getLocalPort())
              },
              new PrintWriter(out),
              new PrintWriter(err));
      assertEquals(ExitCodes.USAGE, code, err.toString());
      assertTrue(
          out.toString().contains("Warming up: 6 booklets")
              && out.toString().contains("Warmed up in"),
          out.toString());
    }
    assertEquals(ExitCodes.USAGE, run(new StringWriter(), "serve", "--warmup", "-1"));
  }

  /**
   * Every language the form offers must print: a school's content with a character no font has
   * stops serve at start.
   */
  @Test
  @Timeout(
      value = 60,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a serve that started would not return
  void contentTheFontsCannotPrintStopsServeAtStart(@TempDir Path temp) throws Exception {
    Path content = TestBooklets.copyShippedContent(temp.resolve("content"));
    Path strings = content.resolve("vi/strings.yaml");
    Files.writeString(
        strings, Files.readString(strings).replace("contents_title: ", "contents_title: ქართული "));
    StringWriter err = new StringWriter();
    assertEquals(
        ExitCodes.BAD_INPUT, run(err, "serve", "--port", "0", "--content", content.toString()));
    assertTrue(
        err.toString().contains("vi/strings.yaml: contents_title: \"ა\" (U+10D0)"), err.toString());
  }

  /** A school's fonts without hangul: the warm-up skips the made-up students it cannot print. */
  @Test
  void theWarmUpSkipsNamesTheSchoolsFontsCannotPrint(@TempDir Path temp) throws Exception {
    Path content = TestBooklets.copyShippedContent(temp.resolve("content"));
    for (String lang : new String[] {"en", "ja", "vi"}) {
      Path strings = content.resolve(lang + "/strings.yaml");
      Files.writeString(
          strings, Files.readString(strings).replace(", WenQuanYi Micro Hei, NanumGothic", ""));
    }
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new String[] {
                "serve",
                "--warmup",
                "6",
                "--content",
                content.toString(),
                "--port",
                Integer.toString(taken.getLocalPort())
              },
              new PrintWriter(out),
              new PrintWriter(err));
      assertEquals(
          ExitCodes.USAGE,
          code,
          err.toString()); // the taken port, after a warm-up that went through
      assertTrue(out.toString().contains("Warmed up in"), out + err.toString());
    }
  }
}
