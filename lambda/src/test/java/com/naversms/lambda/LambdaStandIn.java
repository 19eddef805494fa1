package com.naversms.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What AWS runs around the cycle function, on loopback: the Lambda Runtime API that Lambda's own
 * runtime client ({@code aws-lambda-java-runtime-interface-client}) polls for one event and posts
 * the answer to (one event, or one per {@link #invoke}), and the Lambda {@code Invoke} endpoint the
 * cycle calls for the login function (answered by {@code login}, as the container function would
 * answer).
 */
final class LambdaStandIn implements AutoCloseable {
  static final String REQUEST_ID = "8f5c0d6e-0000-4000-8000-000000000001";
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch done = new CountDownLatch(1);
  private final Supplier<String> login;
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  private final AtomicInteger invocations = new AtomicInteger();
  final CompletableFuture<Answer> answer = new CompletableFuture<>();

  /** Every answer, in order (the first one also completes {@link #answer}). */
  final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();

  final List<String> loginInvocations = new CopyOnWriteArrayList<>();

  /** What the runtime client posted: {@code /response} or {@code /error} (or an init error). */
  record Answer(String kind, String body) {}

  LambdaStandIn(String event, Supplier<String> login) throws IOException {
    this(login);
    events.add(event);
  }

  /** No event yet: {@link #invoke(String)} hands the next one to the runtime client. */
  LambdaStandIn(Supplier<String> login) throws IOException {
    this.login = login;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/2018-06-01/runtime/", this::runtime);
    server.createContext("/2015-03-31/functions/", this::invoke);
    server.start();
  }

  /** Queues one more scheduled event (a warm invocation when the client already runs). */
  void invoke(String event) {
    events.add(event);
  }

  /** The request id of the {@code n}th invocation (1-based); the first is {@link #REQUEST_ID}. */
  static String requestId(int n) {
    return n == 1 ? REQUEST_ID : String.format("8f5c0d6e-0000-4000-8000-%012d", n);
  }

  /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
  String runtimeApi() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  String endpoint() {
    return "http://" + runtimeApi();
  }

  private void runtime(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (path.endsWith("/invocation/next")) {
      String event = nextEvent(); // the runtime client waits here for the next event
      if (event == null) {
        x.sendResponseHeaders(500, -1);
        return;
      }
      x.getResponseHeaders()
          .add("Lambda-Runtime-Aws-Request-Id", requestId(invocations.incrementAndGet()));
      x.getResponseHeaders()
          .add("Lambda-Runtime-Deadline-Ms", String.valueOf(System.currentTimeMillis() + 300_000));
      x.getResponseHeaders()
          .add(
              "Lambda-Runtime-Invoked-Function-Arn",
              "arn:aws:lambda:ap-northeast-2:000000000000:function:naver-sms-automation-cycle:live");
      x.getResponseHeaders()
          .add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
      reply(x, 200, event);
      return;
    }
    Answer posted = null;
    if (path.endsWith("/response")) {
      posted = new Answer("response", body);
    } else if (path.endsWith("/error")) {
      posted = new Answer(path.contains("/init/") ? "init-error" : "error", body);
    }
    if (posted != null) {
      answer.complete(posted);
      answers.add(posted);
    }
    reply(x, 202, "{\"status\":\"OK\"}");
  }

  /** {@code POST /2015-03-31/functions/{name}/invocations}: the login function's answer. */
  private void invoke(HttpExchange x) throws IOException {
    x.getRequestBody().readAllBytes();
    loginInvocations.add(x.getRequestURI().getPath());
    reply(x, 200, login.get());
  }

  /** The next queued event, or null once the stand-in closes. */
  private String nextEvent() {
    try {
      while (done.getCount() > 0) {
        String event = events.poll(100, TimeUnit.MILLISECONDS);
        if (event != null) {
          return event;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
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
    done.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
