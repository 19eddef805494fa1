package com.naversms.simulator;

import com.naversms.simulator.control.ControlApi;
import com.naversms.simulator.http.Route;
import com.naversms.simulator.http.SimRequest;
import com.naversms.simulator.http.SimResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/** Routes every request: record it, apply latency and faults, then run the route's logic. */
final class Dispatcher implements HttpHandler {
  private final List<Route> routes;
  private final RequestJournal journal;
  private final Faults faults;
  private final Duration globalLatency;
  private final Duration timeoutHold;
  private final Clock clock;
  private final CountDownLatch stopping = new CountDownLatch(1);

  private final ControlApi control;

  Dispatcher(
      List<Route> routes,
      RequestJournal journal,
      Faults faults,
      SimulatorOptions options,
      ControlApi control) {
    this.routes = List.copyOf(routes);
    this.control = control;
    this.journal = journal;
    this.faults = faults;
    this.globalLatency = options.latency();
    this.timeoutHold = options.timeoutHold();
    this.clock = options.clock();
  }

  void stop() {
    stopping.countDown();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      SimRequest request = read(exchange);
      if (ControlApi.handles(request.rawPath())) {
        // the control API: not recorded, delayed or faulted, so tests see the services as they are
        write(exchange, control.handle(request));
        return;
      }
      Matched matched = match(request);
      journal.record(matched.name(), request);
      // open from received until its answer is ready, closed before the answer is written: once the
      // client has the answer it may send its next request, which must not find this one still open
      // (the count of requests open at once is what the client held open, not a handler's tail)
      journal.opened(matched.name());
      SimResponse response;
      try {
        response = answer(matched);
      } finally {
        journal.closed(matched.name());
      }
      if (response != null) {
        write(exchange, response);
      }
      // else: closing an exchange that sent no headers closes the connection without an answer
    }
  }

  private SimResponse answer(Matched matched) {
    pause(globalLatency);
    if (matched.route() == null) {
      return matched.fallback();
    }
    FaultDecision decision = faults.decide(matched.name());
    pause(decision.delay());
    return respond(matched.route(), matched.request(), decision);
  }

  private SimResponse respond(Route route, SimRequest routed, FaultDecision decision) {
    try {
      return switch (decision.failure()) {
        case FaultDecision.Failure.None none -> route.handler().handle(routed);
        case FaultDecision.Failure.Status s ->
            route.faultAnswer().render(s.code(), s.retryAfterSeconds());
        case FaultDecision.Failure.MalformedBody m -> Malformed.of(route.handler().handle(routed));
        case FaultDecision.Failure.Timeout t -> {
          if (t.afterRoute()) {
            route.handler().handle(routed);
          }
          holdUntilStopped();
          yield null;
        }
        case FaultDecision.Failure.Drop d -> {
          if (d.afterRoute()) {
            route.handler().handle(routed);
          }
          yield null;
        }
      };
    } catch (RuntimeException e) {
      // A simulator bug must show as a readable 500, not as a dropped connection.
      return SimResponse.json(500, Map.of("error", "simulator failure: " + e));
    }
  }

  private record Matched(String name, Route route, SimRequest request, SimResponse fallback) {}

  private Matched match(SimRequest request) {
    boolean pathKnown = false;
    for (Route route : routes) {
      Matcher m = route.path().matcher(request.rawPath());
      if (!m.matches()) {
        continue;
      }
      pathKnown = true;
      if (route.method().equalsIgnoreCase(request.method())) {
        List<String> params = new java.util.ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
          params.add(m.group(g));
        }
        return new Matched(route.name(), route, request.withPathParams(params), null);
      }
    }
    SimResponse fallback =
        pathKnown
            ? SimResponse.json(405, Map.of("error", "method not allowed: " + request.method()))
            : SimResponse.json(404, Map.of("error", "no such endpoint: " + request.rawPath()));
    return new Matched(Routes.UNMATCHED, null, request, fallback);
  }

  private SimRequest read(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, List<String>> headers = new TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    return new SimRequest(
        exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(),
        headers,
        new String(body, java.nio.charset.StandardCharsets.UTF_8),
        List.of(),
        clock.instant(),
        body);
  }

  private static void write(HttpExchange exchange, SimResponse response) throws IOException {
    response.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
    byte[] body = response.bodyBytes();
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private void pause(Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      return;
    }
    try {
      stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void holdUntilStopped() {
    pause(timeoutHold);
  }
}
