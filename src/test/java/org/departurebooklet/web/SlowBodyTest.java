package org.departurebooklet.web;

import static org.departurebooklet.web.WebTesting.booklets;
import static org.departurebooklet.web.WebTesting.client;
import static org.departurebooklet.web.WebTesting.encode;
import static org.departurebooklet.web.WebTesting.post;
import static org.departurebooklet.web.WebTesting.send;
import static org.departurebooklet.web.WebTesting.text;
import static org.departurebooklet.web.WebTesting.uri;
import static org.departurebooklet.web.WebTesting.validForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that send a form body a byte at a time hold no thread of the server: while 60 of them
 * trickle against a server of 16 threads, /health and a real student are answered, and each slow
 * body is cut off with 408 at its deadline, or sooner when it falls below the minimum rate.
 */
class SlowBodyTest {

  private static final int SLOW_CLIENTS = 60;
  private static final int THREADS = 16;
  private static final Duration BODY_TIMEOUT = Duration.ofSeconds(3);

  /** A bound on the whole script: the slow clients stop sending after this many rounds. */
  private static final int ROUNDS = 16;

  @Test
  void slowBodiesLeaveRoomForHealthAndRealStudentsAndAreCutOffAtTheDeadlineWith408()
      throws Exception {
    // No minimum rate here, so the bodies are cut off by the deadline alone.
    WebSettings settings =
        WebTesting.settings(1, Duration.ofSeconds(60))
            .withThreads(THREADS)
            .withBodyTimeout(BODY_TIMEOUT)
            .withMinBodyRate(0);
    try (BookletServer server = BookletServer.start(booklets(), settings);
        SlowClients slow = new SlowClients(server.port(), SLOW_CLIENTS)) {
      slow.start();
      HttpClient client = client();
      HttpResponse<byte[]> health =
          send(
              client,
              HttpRequest.newBuilder(uri(server, "/health"))
                  .timeout(Duration.ofSeconds(10))
                  .GET()
                  .build());
      assertEquals(200, health.statusCode());
      assertEquals("ok\n", text(health.body()));
      HttpResponse<byte[]> plan =
          send(client, post(server, "/plan", encode(validForm("Ana Silva"))));
      assertEquals(200, plan.statusCode(), text(plan.body()));

      List<String> answers = slow.answers();
      for (String answer : answers) {
        assertTrue(answer.startsWith("HTTP/1.1 408") || answer.equals("closed"), answer);
      }
      assertTrue(answers.stream().anyMatch(a -> a.startsWith("HTTP/1.1 408")), answers.toString());
    }
  }

  @Test
  void aBodyBelowTheMinimumRateIsCutOffWith408BeforeTheDeadline() throws Exception {
    WebSettings settings =
        WebTesting.settings(1, Duration.ofSeconds(60))
            .withThreads(THREADS)
            .withBodyTimeout(Duration.ofSeconds(60))
            .withMinBodyRate(WebSettings.DEFAULT_MIN_BODY_RATE);
    try (BookletServer server = BookletServer.start(booklets(), settings);
        SlowClients slow = new SlowClients(server.port(), 1)) {
      slow.start();
      assertEquals(List.of("HTTP/1.1 408 Request Timeout"), slow.answers());
    }
  }

  /**
   * Sockets that each send a POST's headers and then its body a byte every 250 ms, for at most
   * {@link #ROUNDS} rounds.
   */
  private static final class SlowClients implements AutoCloseable {
    private final List<Socket> sockets = new ArrayList<>();
    private final Thread sender;
    private volatile boolean stop;

    SlowClients(int port, int n) throws IOException {
      String head =
          "POST /booklet HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
              + "Content-Length: 1000\r\n\r\nn";
      for (int i = 0; i < n; i++) {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(15_000);
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        sockets.add(socket);
      }
      sender = new Thread(this::trickle, "slow-clients");
      sender.setDaemon(true);
    }

    void start() {
      sender.start();
    }

    private void trickle() {
      List<Socket> open = new ArrayList<>(sockets);
      for (int round = 0; round < ROUNDS && !stop && !open.isEmpty(); round++) {
        open.removeIf(socket -> !sendByte(socket));
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private static boolean sendByte(Socket socket) {
      try {
        OutputStream out = socket.getOutputStream();
        out.write('a');
        out.flush();
        return true;
      } catch (IOException closedByServer) {
        return false; // the server cut this one off: what the test waits for
      }
    }

    /** The status line each socket got, or "closed" for a connection closed without one. */
    List<String> answers() throws IOException {
      List<String> answers = new ArrayList<>();
      for (Socket socket : sockets) {
        answers.add(statusLine(socket.getInputStream()));
      }
      return answers;
    }

    private static String statusLine(InputStream in) throws IOException {
      StringBuilder line = new StringBuilder();
      try {
        for (int b = in.read(); b >= 0 && b != '\r'; b = in.read()) {
          line.append((char) b);
        }
      } catch (SocketTimeoutException e) {
        return "no answer within 15 s";
      } catch (SocketException reset) {
        return line.length() == 0 ? "closed" : line.toString();
      }
      return line.length() == 0 ? "closed" : line.toString();
    }

    @Override
    public void close() throws IOException {
      stop = true;
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }
}
