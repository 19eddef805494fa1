package com.naversms.adapters.secrets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback fake of Secrets Manager's JSON protocol: {@code POST /} with {@code X-Amz-Target:
 * secretsmanager.GetSecretValue}. Secrets are stored as strings; queued errors answer first.
 */
final class FakeSecretsManager implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Error(int status, String type) {}

  private final HttpServer server;
  private final Map<String, String> secrets = new ConcurrentHashMap<>();
  private final Deque<Error> queuedErrors = new ArrayDeque<>();
  private final List<String> requestedIds = new CopyOnWriteArrayList<>();

  FakeSecretsManager() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void put(String name, String secretString) {
    secrets.put(name, secretString);
  }

  synchronized void failNext(int status, String type, int times) {
    for (int i = 0; i < times; i++) {
      queuedErrors.add(new Error(status, type));
    }
  }

  List<String> requestedIds() {
    return List.copyOf(requestedIds);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    String id = JSON.readTree(exchange.getRequestBody().readAllBytes()).path("SecretId").asText("");
    requestedIds.add(id);
    if (!"secretsmanager.GetSecretValue".equals(target)) {
      reply(exchange, 400, error("UnknownOperationException", "unsupported " + target));
      return;
    }
    Error queued;
    synchronized (this) {
      queued = queuedErrors.poll();
    }
    if (queued != null) {
      reply(exchange, queued.status(), error(queued.type(), "injected"));
      return;
    }
    String value = secrets.get(id);
    if (value == null) {
      reply(
          exchange,
          400,
          error("ResourceNotFoundException", "Secrets Manager can't find the specified secret."));
      return;
    }
    String body =
        JSON.createObjectNode()
            .put("ARN", "arn:aws:secretsmanager:ap-northeast-2:000000000000:secret:" + id)
            .put("Name", id)
            .put("SecretString", value)
            .put("VersionId", "v1")
            .put("CreatedDate", 1.7e9)
            .toString();
    reply(exchange, 200, body);
  }

  private static String error(String type, String message) {
    return JSON.createObjectNode().put("__type", type).put("message", message).toString();
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
