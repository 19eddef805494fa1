package com.naversms.simulator.sens;

import com.naversms.simulator.http.SimRequest;
import com.naversms.simulator.http.SimResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The send, list and result endpoints. */
final class SensEndpoints {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(SEOUL);
  private static final DateTimeFormatter COMPLETE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SEOUL);

  private final SensSim sim;
  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();

  SensEndpoints(SensSim sim, Clock clock) {
    this.sim = sim;
    this.clock = clock;
  }

  SimResponse send(SimRequest request) {
    Optional<SimResponse> refused = authenticate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!request.isJson()) {
      return SensErrors.badRequest(
          "Content-Type must be application/json, got " + request.header("content-type"));
    }
    return switch (SendValidation.validate(request.bodyText(), sim::senderKnown)) {
      case SendValidation.Invalid invalid -> SensErrors.badRequest(invalid.reason());
      case SendValidation.Valid valid -> accept(request, valid.messages());
    };
  }

  private SimResponse accept(SimRequest request, List<SendValidation.Outgoing> outgoing) {
    long n = sequence.incrementAndGet();
    String requestId = String.format("SIMR-%d-%04d", request.receivedAt().toEpochMilli(), n);
    List<SensMessage> messages = new ArrayList<>();
    for (int i = 0; i < outgoing.size(); i++) {
      SendValidation.Outgoing o = outgoing.get(i);
      String messageId =
          String.format("SIMM-%d-%04d-%03d", request.receivedAt().toEpochMilli(), n, i);
      messages.add(
          new SensMessage(
              requestId,
              o.type(),
              o.contentType(),
              o.from(),
              o.to(),
              o.subject(),
              o.content(),
              request.receivedAt(),
              messageId,
              o.countryCode()));
    }
    sim.accept(messages);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", requestId);
    body.put("requestTime", REQUEST_TIME.format(request.receivedAt()));
    body.put("statusCode", "202");
    body.put("statusName", "success");
    return SimResponse.json(202, body);
  }

  SimResponse list(SimRequest request) {
    Optional<SimResponse> refused = authenticate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    String requestId = request.query().get("requestId");
    if (requestId == null || requestId.isBlank()) {
      return SensErrors.badRequest("requestId is required (the simulator supports no time range)");
    }
    List<Map<String, Object>> messages = new ArrayList<>();
    for (SensMessage m : sim.accepted()) {
      if (m.requestId().equals(requestId)) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("messageId", m.messageId());
        item.put("requestTime", REQUEST_TIME.format(m.receivedAt()));
        item.put("contentType", m.contentType());
        item.put("countryCode", m.countryCode());
        item.put("from", m.from());
        item.put("to", m.to());
        messages.add(item);
      }
    }
    if (messages.isEmpty()) {
      return SensErrors.notFound("no request " + requestId);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", requestId);
    body.put("statusCode", "202");
    body.put("statusName", "success");
    body.put("messages", messages);
    return SimResponse.json(200, body);
  }

  SimResponse result(SimRequest request) {
    Optional<SimResponse> refused = authenticate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    String messageId = request.pathParam(1);
    for (SensMessage m : sim.accepted()) {
      if (m.messageId().equals(messageId)) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("messageId", m.messageId());
        item.put("requestTime", REQUEST_TIME.format(m.receivedAt()));
        item.put("contentType", m.contentType());
        item.put("content", m.content());
        item.put("countryCode", m.countryCode());
        item.put("from", m.from());
        item.put("to", m.to());
        carrierResult(item, sim.outcomeOf(m.messageId()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", "202");
        body.put("statusName", "success");
        body.put("messages", List.of(item));
        return SimResponse.json(200, body);
      }
    }
    return SensErrors.notFound("no message " + messageId);
  }

  private void carrierResult(Map<String, Object> item, CarrierOutcome outcome) {
    if (!outcome.completed()) {
      item.put("status", "PROCESSING");
      return;
    }
    item.put("status", "COMPLETED");
    item.put("statusCode", outcome.statusCode());
    item.put("statusName", outcome.delivered() ? "success" : "fail");
    item.put("statusMessage", outcome.delivered() ? "성공" : "전송 실패");
    item.put("completeTime", COMPLETE_TIME.format(clock.instant()));
    item.put("telcoCode", "SKT");
  }

  private Optional<SimResponse> authenticate(SimRequest request) {
    return SensAuth.service(request, sim, clock);
  }
}
