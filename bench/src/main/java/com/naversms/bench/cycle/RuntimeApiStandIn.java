package com.naversms.bench.cycle;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The Lambda Runtime API on loopback for one invocation: hands one scheduled event to the runtime
 * client's first {@code /invocation/next}, notes when its {@code /response} (or {@code /error})
 * arrives, and holds the next poll until closed (the lambda module's end-to-end test has the full
 * stand-in; this one only times a cold start).
 */
final class RuntimeApiStandIn implements AutoCloseable {
  private static final String EVENT =
      """
      {"version":"0","id":"5b3b1d0e-0000-0000-0000-000000000000","detail-type":"Scheduled Event",
       "source":"aws.events","account":"000000000000","region":"ap-northeast-2","detail":{}}
      """;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch closed = new CountDownLatch(1);
  private boolean handedOut;

  /** When the answer arrived ({@link System#nanoTime()}), its kind and body. */
  final CompletableFuture<Answer> answer = new CompletableFuture<>();

  /** When the runtime client first asked for an invocation: its init (the handler built) done. */
  private volatile long firstPollNanos;

  /**
   * @param polledNanos when the first {@code /invocation/next} arrived ({@link System#nanoTime()})
   */
  record Answer(long nanos, long polledNanos, String kind, String body) {}

  RuntimeApiStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/2018-06-01/runtime/", this::runtime);
    server.start();
  }

  /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
  String runtimeApi() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  private void runtime(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (path.endsWith("/invocation/next")) {
      if (!firstPoll()) {
        awaitClose();
        x.sendResponseHeaders(500, -1);
        return;
      }
      x.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", "8f5c0d6e-0000-4000-8000-b");
      x.getResponseHeaders()
          .add("Lambda-Runtime-Deadline-Ms", String.valueOf(System.currentTimeMillis() + 300_000));
      x.getResponseHeaders()
          .add(
              "Lambda-Runtime-Invoked-Function-Arn",
              "arn:aws:lambda:ap-northeast-2:000000000000:function:naver-sms-automation-cycle:live");
      reply(x, 200, EVENT);
      return;
    }
    if (path.endsWith("/response") || path.endsWith("/error")) {
      answer.complete(
          new Answer(
              System.nanoTime(), firstPollNanos, path.substring(path.lastIndexOf('/') + 1), body));
    }
    reply(x, 202, "{\"status\":\"OK\"}");
  }

  private synchronized boolean firstPoll() {
    boolean first = !handedOut;
    if (first) {
      firstPollNanos = System.nanoTime();
    }
    handedOut = true;
    return first;
  }

  private void awaitClose() {
    try {
      closed.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void reply(HttpExchange x, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
