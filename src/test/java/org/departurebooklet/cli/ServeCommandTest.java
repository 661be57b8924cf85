package org.departurebooklet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The failure paths of {@code booklet serve} (a running server would not return). */
class ServeCommandTest {

  private static int run(StringWriter err, String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  @Test
  void aTakenPortIsAUsageErrorWithAHint() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      StringWriter err = new StringWriter();
      assertEquals(ExitCodes.USAGE, run(err, "serve", "--port", Integer.toString(taken.getLocalPort())));
      assertTrue(err.toString().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), err.toString());
    }
  }

  @Test
  void impossibleSettingsAreUsageErrors() {
    StringWriter err = new StringWriter();
    assertEquals(ExitCodes.USAGE, run(err, "serve", "--port", "70000"));
    assertTrue(err.toString().contains("port 70000"), err.toString());
    assertEquals(ExitCodes.USAGE, run(new StringWriter(), "serve", "--render-slots", "0"));
    assertEquals(ExitCodes.USAGE, run(new StringWriter(), "bench-web", "--url", "http://192.0.2.1:8080/", "--requests", "1"));
  }
}
