package com.naversms.simulator.sens;

import com.naversms.simulator.http.SimRequest;
import com.naversms.simulator.http.SimResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /sms/v2/services/{serviceId}/unsubscribes}: the unsubscribe (수신거부) list, signed and
 * checked like every SENS route. {@code pageSize} 1–100 (default 100), {@code pageIndex} from 0;
 * each page a JSON array of {@code {clientTelNo, registerType "M", registerTime}}, oldest first. A
 * service without any number answers 404 with an empty body, as SENS was seen to.
 */
final class UnsubscribeEndpoint {
  private static final DateTimeFormatter REGISTER_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneId.of("Asia/Seoul"));

  private final SensSim sim;
  private final Clock clock;

  UnsubscribeEndpoint(SensSim sim, Clock clock) {
    this.sim = sim;
    this.clock = clock;
  }

  SimResponse list(SimRequest request) {
    Optional<SimResponse> refused = SensAuth.service(request, sim, clock);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<Integer> size = number(request, "pageSize", 100);
    Optional<Integer> index = number(request, "pageIndex", 0);
    if (size.isEmpty() || size.get() < 1 || size.get() > 100) {
      return SensErrors.badRequest("pageSize must be 1-100");
    }
    if (index.isEmpty() || index.get() < 0) {
      return SensErrors.badRequest("pageIndex must be 0 or more");
    }
    List<SensSim.Unsubscribed> all = sim.unsubscribed();
    if (all.isEmpty()) {
      return new SimResponse(404, Map.of(), "");
    }
    List<Map<String, Object>> page = new ArrayList<>();
    long from = (long) index.get() * size.get();
    for (long i = from; i < Math.min(all.size(), from + size.get()); i++) {
      SensSim.Unsubscribed u = all.get((int) i);
      page.add(
          Map.of(
              "clientTelNo",
              u.number(),
              "registerType",
              "M",
              "registerTime",
              REGISTER_TIME.format(u.at())));
    }
    return SimResponse.json(200, page);
  }

  private static Optional<Integer> number(SimRequest request, String name, int absent) {
    String value = request.query().get(name);
    if (value == null || value.isBlank()) {
      return Optional.of(absent);
    }
    try {
      return Optional.of(Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
