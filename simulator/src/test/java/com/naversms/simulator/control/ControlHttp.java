package com.naversms.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.http.Json;
import com.naversms.simulator.naver.SimCookie;
import com.naversms.simulator.sens.SensSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests to a simulator as a client outside the JVM would send them. */
final class ControlHttp {
  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final Simulator sim;

  ControlHttp(Simulator sim) {
    this.sim = sim;
  }

  record Answer(int status, String body) {
    JsonNode json() {
      return Json.parse(body).orElseThrow(() -> new AssertionError("not JSON: " + body));
    }
  }

  Answer send(String method, String path, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + path)).timeout(Duration.ofSeconds(10));
    b.header("Content-Type", "application/json");
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return send(b.build());
  }

  Answer get(String path) {
    return send("GET", path, null);
  }

  Answer post(String path, String body) {
    return send("POST", path, body);
  }

  /** The partner API's list of one store, with a live session. */
  Answer listBookings(String store) {
    String cookies = SimCookie.header(sim.naver().issueSession());
    return send(
        HttpRequest.newBuilder(
                URI.create(sim.baseUrl() + "/api/businesses/" + store + "/bookings?size=100"))
            .header("Cookie", cookies)
            .header("x-booking-naver-role", "OWNER")
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build());
  }

  /** A signed SENS request. */
  Answer sens(String method, String uri, String body) {
    String ts = Long.toString(System.currentTimeMillis());
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + uri))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("x-ncp-apigw-timestamp", ts)
            .header("x-ncp-iam-access-key", sim.sens().accessKey())
            .header(
                "x-ncp-apigw-signature-v2",
                SensSignature.sign(
                    sim.sens().secretKey(), method, uri, ts, sim.sens().accessKey()));
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return send(b.build());
  }

  private static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
