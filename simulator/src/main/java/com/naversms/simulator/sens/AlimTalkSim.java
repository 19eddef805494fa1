package com.naversms.simulator.sens;

import com.naversms.simulator.Routes;
import com.naversms.simulator.http.Route;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Simulated SENS AlimTalk API v2 (Kakao 알림톡, external-apis.md C.4), behind the same API gateway
 * checks as the SMS API (the SENS access and secret keys) under its own service id: a registry of
 * approved templates, the content check, per-number outcomes (delivered; not a KakaoTalk user, so
 * the SMS failover goes; the failover fails too) and the result endpoint.
 */
public final class AlimTalkSim {
  public static final String DEFAULT_SERVICE_ID = "ncp:kkobizmsg:kr:000000000000:sim";

  private final SensSim sens;
  private volatile String serviceId = DEFAULT_SERVICE_ID;
  private final Map<String, ApprovedTemplate> templates = new ConcurrentHashMap<>();
  private final List<AlimTalkMessage> accepted = new CopyOnWriteArrayList<>();
  private final Map<String, CarrierOutcome> outcomeByNumber = new ConcurrentHashMap<>();
  private final Map<String, CarrierOutcome> outcomeByMessage = new ConcurrentHashMap<>();
  private final AlimTalkEndpoints endpoints;

  public AlimTalkSim(SensSim sens, Clock clock) {
    this.sens = sens;
    this.endpoints = new AlimTalkEndpoints(this, sens, clock);
  }

  public String serviceId() {
    return serviceId;
  }

  public AlimTalkSim serviceId(String id) {
    this.serviceId = id;
    return this;
  }

  /** Registers a template as approved by Kakao for its channel (replacing one of the same code). */
  public AlimTalkSim approve(ApprovedTemplate template) {
    templates.put(key(template.plusFriendId(), template.templateCode()), template);
    return this;
  }

  public List<ApprovedTemplate> templates() {
    return List.copyOf(templates.values());
  }

  boolean knowsChannel(String plusFriendId) {
    return templates.values().stream().anyMatch(t -> t.plusFriendId().equals(plusFriendId));
  }

  Optional<ApprovedTemplate> template(String plusFriendId, String code) {
    return Optional.ofNullable(templates.get(key(plusFriendId, code)));
  }

  /** Every AlimTalk message accepted so far, in order. */
  public List<AlimTalkMessage> accepted() {
    return List.copyOf(accepted);
  }

  /**
   * What becomes of AlimTalk messages accepted from now on for this number (digits): {@code
   * delivered} (the default), {@code not_kakao_user} (the failover SMS/LMS is delivered), {@code
   * failed} (not a KakaoTalk user and the failover fails at the carrier too, with {@code code}),
   * {@code processing}.
   */
  public AlimTalkSim outcome(String to, CarrierOutcome outcome) {
    outcomeByNumber.put(to, outcome);
    return this;
  }

  CarrierOutcome outcomeOf(String messageId) {
    return outcomeByMessage.getOrDefault(messageId, CarrierOutcome.DELIVERED);
  }

  void accept(List<AlimTalkMessage> messages) {
    for (AlimTalkMessage m : messages) {
      outcomeByMessage.put(
          m.messageId(), outcomeByNumber.getOrDefault(m.to(), CarrierOutcome.DELIVERED));
    }
    accepted.addAll(messages);
  }

  /** Forgets accepted messages and outcomes; the approved templates stay. */
  public void clear() {
    accepted.clear();
    outcomeByNumber.clear();
    outcomeByMessage.clear();
  }

  boolean senderKnown(String from) {
    return sens.senderKnown(from);
  }

  public List<Route> routes() {
    String messages = "/alimtalk/v2/services/([^/]+)/messages";
    return List.of(
        Route.of(Routes.ALIMTALK_SEND, "POST", messages, endpoints::send, SensErrors::status),
        Route.of(
            Routes.ALIMTALK_RESULT,
            "GET",
            messages + "/([^/]+)",
            endpoints::result,
            SensErrors::status));
  }

  private static String key(String channel, String code) {
    return channel + "\n" + code;
  }
}
