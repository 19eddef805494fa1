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

/** The AlimTalk send and result endpoints. */
final class AlimTalkEndpoints {
  /** Kakao's result codes as SENS reports them: delivered, and "not a KakaoTalk user". */
  static final String DELIVERED = "0000";

  static final String NOT_KAKAO_USER = "3019";

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SEOUL);

  private final AlimTalkSim sim;
  private final SensSim sens;
  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();

  AlimTalkEndpoints(AlimTalkSim sim, SensSim sens, Clock clock) {
    this.sim = sim;
    this.sens = sens;
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
    return switch (AlimTalkValidation.validate(request.bodyText(), sim, sim::senderKnown)) {
      case AlimTalkValidation.Refusal r -> SensErrors.refused(r.code(), r.reason());
      case AlimTalkValidation.Valid v -> accept(request, v);
    };
  }

  private SimResponse accept(SimRequest request, AlimTalkValidation.Valid valid) {
    long n = sequence.incrementAndGet();
    long at = request.receivedAt().toEpochMilli();
    String requestId = String.format("SIMA-%d-%04d", at, n);
    List<AlimTalkMessage> messages = new ArrayList<>();
    List<Map<String, Object>> answer = new ArrayList<>();
    for (int i = 0; i < valid.messages().size(); i++) {
      AlimTalkValidation.Outgoing o = valid.messages().get(i);
      String messageId = String.format("SIMK-%d-%04d-%03d", at, n, i);
      messages.add(
          new AlimTalkMessage(
              requestId,
              messageId,
              valid.plusFriendId(),
              valid.templateCode(),
              o.to(),
              o.content(),
              o.buttons(),
              o.failover(),
              request.receivedAt()));
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("messageId", messageId);
      item.put("countryCode", "82");
      item.put("to", o.to());
      item.put("content", o.content());
      item.put("requestStatusCode", "A000");
      item.put("requestStatusName", "success");
      item.put("requestStatusDesc", "성공");
      item.put("useSmsFailover", o.failover() != null);
      answer.add(item);
    }
    sim.accept(messages);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", requestId);
    body.put("requestTime", TIME.format(request.receivedAt()));
    body.put("statusCode", "202");
    body.put("statusName", "success");
    body.put("messages", answer);
    return SimResponse.json(202, body);
  }

  SimResponse result(SimRequest request) {
    Optional<SimResponse> refused = authenticate(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    String messageId = request.pathParam(1);
    for (AlimTalkMessage m : sim.accepted()) {
      if (m.messageId().equals(messageId)) {
        return SimResponse.json(200, resultOf(m, sim.outcomeOf(messageId)));
      }
    }
    return SensErrors.notFound("no message " + messageId);
  }

  private Map<String, Object> resultOf(AlimTalkMessage m, CarrierOutcome outcome) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", m.requestId());
    body.put("messageId", m.messageId());
    body.put("requestTime", TIME.format(m.receivedAt()));
    body.put("plusFriendId", m.plusFriendId());
    body.put("templateCode", m.templateCode());
    body.put("countryCode", "82");
    body.put("to", m.to());
    body.put("content", m.content());
    body.put("requestStatusCode", "A000");
    body.put("requestStatusName", "success");
    body.put("useSmsFailover", m.failover() != null);
    if (!outcome.completed()) {
      body.put("messageStatusName", "processing");
      return body;
    }
    String now = TIME.format(clock.instant());
    body.put("completeTime", now);
    if (outcome.delivered()) {
      body.put("messageStatusCode", DELIVERED);
      body.put("messageStatusName", "success");
      body.put("messageStatusDesc", "수신 성공");
      return body;
    }
    body.put("messageStatusCode", NOT_KAKAO_USER);
    body.put("messageStatusName", "fail");
    body.put("messageStatusDesc", "카카오톡 미사용자");
    if (m.failover() != null) {
      boolean failoverDelivered = outcome.result().equals("not_kakao_user");
      Map<String, Object> failover = new LinkedHashMap<>();
      failover.put("type", m.failover().type());
      failover.put("from", m.failover().from());
      failover.put("to", m.to());
      failover.put("status", "COMPLETED");
      failover.put("statusCode", failoverDelivered ? "0" : outcome.statusCode());
      failover.put("statusName", failoverDelivered ? "success" : "fail");
      failover.put("telcoCode", "SKT");
      failover.put("completeTime", now);
      body.put("failoverInfo", failover);
    }
    return body;
  }

  private Optional<SimResponse> authenticate(SimRequest request) {
    return SensAuth.service(request, sens, sim.serviceId(), clock);
  }
}
