package com.naversms.simulator.sens;

import com.naversms.simulator.Routes;
import com.naversms.simulator.http.Route;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Simulated NCP SENS SMS API v2: checks what the API gateway and SENS check and keeps every
 * accepted message.
 */
public final class SensSim {
  public static final String DEFAULT_ACCESS_KEY = "sim-access-key";
  public static final String DEFAULT_SECRET_KEY = "sim-secret-key";
  public static final String DEFAULT_SERVICE_ID = "ncp:sms:kr:000000000000:sim";

  private volatile String accessKey = DEFAULT_ACCESS_KEY;
  private volatile String secretKey = DEFAULT_SECRET_KEY;
  private volatile String serviceId = DEFAULT_SERVICE_ID;
  private volatile boolean acceptAnySender = true;
  private final Set<String> senders = ConcurrentHashMap.newKeySet();
  private final List<SensMessage> accepted = new CopyOnWriteArrayList<>();
  private final List<SensMessage> blocked = new CopyOnWriteArrayList<>();
  private final java.util.Map<String, CarrierOutcome> outcomeByNumber = new ConcurrentHashMap<>();
  private final java.util.Map<String, CarrierOutcome> outcomeByMessage = new ConcurrentHashMap<>();
  private final java.util.Map<String, java.time.Instant> unsubscribed =
      java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
  private final Clock clock;
  private final SensEndpoints endpoints;
  private final UnsubscribeEndpoint unsubscribes;

  public SensSim(Clock clock) {
    this.clock = clock;
    this.endpoints = new SensEndpoints(this, clock);
    this.unsubscribes = new UnsubscribeEndpoint(this, clock);
  }

  public String accessKey() {
    return accessKey;
  }

  public String secretKey() {
    return secretKey;
  }

  public String serviceId() {
    return serviceId;
  }

  /** Replaces the credentials the simulator accepts. */
  public SensSim credentials(String newAccessKey, String newSecretKey, String newServiceId) {
    this.accessKey = newAccessKey;
    this.secretKey = newSecretKey;
    this.serviceId = newServiceId;
    return this;
  }

  /** Registers a calling number (발신번호), digits only. */
  public SensSim registerSender(String from) {
    senders.add(from.replace("-", "").trim());
    return this;
  }

  /**
   * When true (the default, for the demo), any digits-only sender is accepted; when false, only
   * registered senders are.
   */
  public SensSim acceptAnySender(boolean any) {
    this.acceptAnySender = any;
    return this;
  }

  boolean senderKnown(String from) {
    return acceptAnySender || senders.contains(from);
  }

  /** Every message accepted so far, one per recipient, in order. */
  public List<SensMessage> accepted() {
    return List.copyOf(accepted);
  }

  /**
   * The carrier result of messages accepted from now on for this number (digits); the result
   * endpoint reports it. Messages to other numbers are delivered.
   */
  public SensSim outcome(String to, CarrierOutcome outcome) {
    outcomeByNumber.put(to, outcome);
    return this;
  }

  /** The carrier result of an accepted message (delivered unless set before it was accepted). */
  public CarrierOutcome outcomeOf(String messageId) {
    return outcomeByMessage.getOrDefault(messageId, CarrierOutcome.DELIVERED);
  }

  /** A number on the unsubscribe list and when it was put there. */
  public record Unsubscribed(String number, java.time.Instant at) {}

  /**
   * Puts numbers (any form, kept as digits) on the unsubscribe list (수신거부), as the 080 service
   * would; a number already on it keeps its first time. Served by {@code GET …/unsubscribes}.
   */
  public SensSim unsubscribe(String... numbers) {
    for (String n : numbers) {
      unsubscribed.putIfAbsent(n.replaceAll("[^0-9]", ""), clock.instant());
    }
    return this;
  }

  /** The unsubscribe list, oldest first. */
  public List<Unsubscribed> unsubscribed() {
    synchronized (unsubscribed) {
      return unsubscribed.entrySet().stream()
          .map(e -> new Unsubscribed(e.getKey(), e.getValue()))
          .toList();
    }
  }

  /**
   * The advertising ({@code contentType AD}) messages accepted for a number on the unsubscribe
   * list: as SENS does, the request was accepted and the message fails at once ({@link
   * CarrierOutcome#UNSUBSCRIBED}); it is in {@link #accepted()} too, so a test sees what was sent.
   */
  public List<SensMessage> blockedAdvertising() {
    return List.copyOf(blocked);
  }

  /** Forgets the accepted messages and the carrier outcomes (the unsubscribe list stays). */
  public void clear() {
    accepted.clear();
    blocked.clear();
    outcomeByNumber.clear();
    outcomeByMessage.clear();
  }

  void accept(List<SensMessage> messages) {
    for (SensMessage m : messages) {
      if (m.contentType().equals("AD") && unsubscribed.containsKey(m.to())) {
        outcomeByMessage.put(m.messageId(), CarrierOutcome.UNSUBSCRIBED);
        blocked.add(m);
      } else {
        outcomeByMessage.put(
            m.messageId(), outcomeByNumber.getOrDefault(m.to(), CarrierOutcome.DELIVERED));
      }
    }
    accepted.addAll(messages);
  }

  /** The routes this service answers (used by the Simulator). */
  public List<Route> routes() {
    String messages = "/sms/v2/services/([^/]+)/messages";
    return List.of(
        Route.of(Routes.SENS_SEND, "POST", messages, endpoints::send, SensErrors::status),
        Route.of(Routes.SENS_LIST, "GET", messages, endpoints::list, SensErrors::status),
        Route.of(
            Routes.SENS_RESULT,
            "GET",
            messages + "/([^/]+)",
            endpoints::result,
            SensErrors::status),
        Route.of(
            Routes.SENS_UNSUBSCRIBES,
            "GET",
            "/sms/v2/services/([^/]+)/unsubscribes",
            unsubscribes::list,
            SensErrors::status));
  }
}
