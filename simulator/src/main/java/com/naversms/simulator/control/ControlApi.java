package com.naversms.simulator.control;

import com.naversms.simulator.Simulator;
import com.naversms.simulator.http.SimRequest;
import com.naversms.simulator.http.SimResponse;
import com.naversms.simulator.naver.BookingChange;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The control requests under {@code /_sim/} (docs/design.md section 9, docs/simulator.md): JSON in,
 * JSON out, on the simulator's own port. They are neither recorded nor delayed nor faulted.
 */
public final class ControlApi {
  private static final Pattern BOOKING = Pattern.compile("/_sim/bookings/([0-9]+)");
  private static final Map<String, String> PATHS =
      Map.of(
          "/_sim/state", "GET",
          "/_sim/bookings", "POST",
          "/_sim/naver/expire-sessions", "POST",
          "/_sim/sens/outcomes", "POST",
          "/_sim/sens/unsubscribes", "POST",
          "/_sim/alimtalk/templates", "POST",
          "/_sim/reset", "POST");

  private final Simulator sim;
  private final Clock clock;

  public ControlApi(Simulator sim, Clock clock) {
    this.sim = sim;
    this.clock = clock;
  }

  /** Whether the path is the control API's (everything under {@code /_sim/}). */
  public static boolean handles(String rawPath) {
    return rawPath.equals("/_sim") || rawPath.startsWith("/_sim/");
  }

  public SimResponse handle(SimRequest request) {
    try {
      return route(request);
    } catch (BadField e) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", e.getMessage());
      body.put("field", e.field());
      return SimResponse.json(400, body);
    }
  }

  private SimResponse route(SimRequest request) {
    String path = request.rawPath();
    String method = request.method().toUpperCase(java.util.Locale.ROOT);
    Matcher booking = BOOKING.matcher(path);
    if (booking.matches()) {
      return method.equals("POST")
          ? updateBooking(Long.parseLong(booking.group(1)), request)
          : notAllowed(method, path);
    }
    if (path.equals("/_sim/faults")) {
      return switch (method) {
        case "POST" -> addFault(request);
        case "DELETE" -> clearFaults();
        default -> notAllowed(method, path);
      };
    }
    String allowed = PATHS.get(path);
    if (allowed == null) {
      return error(404, "no such control request: " + path + " (docs/simulator.md)");
    }
    if (!allowed.equals(method)) {
      return notAllowed(method, path);
    }
    return switch (path) {
      case "/_sim/state" -> SimResponse.json(200, StateView.of(sim));
      case "/_sim/bookings" -> addBooking(request);
      case "/_sim/naver/expire-sessions" -> {
        sim.naver().expireSessions();
        yield ok();
      }
      case "/_sim/sens/outcomes" -> outcome(request);
      case "/_sim/sens/unsubscribes" -> unsubscribe(request);
      case "/_sim/alimtalk/templates" -> {
        sim.alimTalk().approve(TemplateFields.read(Body.of(request.bodyText())));
        yield ok();
      }
      default -> {
        sim.reset();
        yield ok();
      }
    };
  }

  private SimResponse addBooking(SimRequest request) {
    Body body = Body.of(request.bodyText());
    String store =
        body.digits("store", "1000001").orElseThrow(() -> new BadField("store", "required"));
    BookingChange change = BookingFields.forNew(body);
    if (!sim.naver().storeIds().contains(store)) {
      throw new BadField(
          "store",
          "unknown store " + store + " (the simulator knows " + sim.naver().storeIds() + ")");
    }
    Map<String, Object> added = sim.naver().addBooking(store, change, clock.instant());
    return SimResponse.json(201, Map.of("bookingId", added.get("bookingId")));
  }

  private SimResponse updateBooking(long bookingId, SimRequest request) {
    BookingChange change = BookingFields.forEdit(Body.of(request.bodyText()));
    Optional<Map<String, Object>> changed =
        sim.naver().updateBooking(bookingId, change, clock.instant());
    return changed
        .map(b -> SimResponse.json(200, b))
        .orElseGet(() -> error(404, "no booking " + bookingId));
  }

  private SimResponse addFault(SimRequest request) {
    String route = FaultFields.apply(Body.of(request.bodyText()), sim.faults());
    return SimResponse.json(200, Map.of("ok", true, "route", route));
  }

  private SimResponse clearFaults() {
    sim.faults().clear();
    return ok();
  }

  private SimResponse outcome(SimRequest request) {
    OutcomeFields.Outcome o = OutcomeFields.read(Body.of(request.bodyText()));
    if (o.channel().equals("sms")) {
      sim.sens().outcome(o.to(), o.outcome());
    } else {
      sim.alimTalk().outcome(o.to(), o.outcome());
    }
    return ok();
  }

  /** {@code {"to": "01000000001"}}: the number refused advertising through the 080 service. */
  private SimResponse unsubscribe(SimRequest request) {
    Body body = Body.of(request.bodyText());
    body.only(java.util.Set.of("to"));
    String to = body.digits("to", "01000000001").orElseThrow(() -> new BadField("to", "required"));
    sim.sens().unsubscribe(to);
    return ok();
  }

  private static SimResponse ok() {
    return SimResponse.json(200, Map.of("ok", true));
  }

  private static SimResponse notAllowed(String method, String path) {
    return error(405, "method not allowed: " + method + " " + path);
  }

  private static SimResponse error(int status, String message) {
    return SimResponse.json(status, Map.of("error", message));
  }
}
