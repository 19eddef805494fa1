package com.naversms.simulator;

import com.naversms.simulator.naver.Scenario;
import com.naversms.simulator.sens.ApprovedTemplate;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simulator as a process of its own ({@code naver-sms simulator}, {@link SimulatorMain}):
 * generated bookings for today (Korean date) and a banner: the listening line, the environment to
 * point {@code run}/{@code daemon} at it, then every URL and credential as comments.
 */
public record Standalone(
    int port,
    long seed,
    List<String> stores,
    int bookingsPerStore,
    Duration latency,
    List<ApprovedTemplate> alimTalkTemplates) {
  public static final List<String> DEFAULT_STORES = List.of("1000001", "1000002", "1000003");

  /** No AlimTalk template approved. */
  public Standalone(
      int port, long seed, List<String> stores, int bookingsPerStore, Duration latency) {
    this(port, seed, stores, bookingsPerStore, latency, List.of());
  }

  public Standalone {
    stores = List.copyOf(stores);
    alimTalkTemplates = List.copyOf(alimTalkTemplates);
    if (bookingsPerStore < 0) {
      throw new IllegalArgumentException(
          "--bookings-per-store must be >= 0, got " + bookingsPerStore);
    }
    if (stores.isEmpty()) {
      throw new IllegalArgumentException("--stores needs at least one store id");
    }
  }

  /** Starts the simulator with the generated scenario. */
  public Simulator start(Clock clock) {
    Simulator sim =
        Simulator.start(SimulatorOptions.defaults().port(port).latency(latency).clock(clock));
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul"));
    sim.naver().scenario(Scenario.generated(seed, stores, bookingsPerStore, today));
    stores.forEach(sim.naver()::addStore); // known even with no bookings
    alimTalkTemplates.forEach(sim.alimTalk()::approve);
    return sim;
  }

  /**
   * The first line (the listening address), then one {@code export NAME=VALUE} line per variable of
   * {@code env}, then the same facts for people as shell comments: every line after the first can
   * be pasted into a shell or given to {@code eval}.
   */
  public String banner(Simulator sim, Map<String, String> env) {
    String base = sim.baseUrl();
    List<String> lines = new ArrayList<>();
    lines.add("naver-sms simulator listening on " + base + " (loopback only)");
    lines.addAll(SimulatorEnv.exportLines(env));
    lines.addAll(
        List.of(
            "# Control API      " + base + "/_sim/state   (docs/simulator.md)",
            "# Naver login page " + sim.naver().loginUrl(),
            "#   username       " + sim.naver().username(),
            "#   password       " + sim.naver().password(),
            "# Naver session chk " + base + "/user2/help/myInfoV2",
            "# Partner API base " + base + "   (instead of https://partner.booking.naver.com)",
            "#   stores         " + String.join(",", sim.naver().storeIds()),
            "#   bookings       " + bookingsPerStore + " per store, seed " + seed,
            "# SENS base        " + base + "   (instead of https://sens.apigw.ntruss.com)",
            "#   access_key     " + sim.sens().accessKey(),
            "#   secret_key     " + sim.sens().secretKey(),
            "#   service_id     " + sim.sens().serviceId(),
            "#   alimtalk_service_id " + sim.alimTalk().serviceId(),
            "#   AlimTalk templates  " + alimTalkTemplates.size() + " approved",
            "# Telegram base    " + base + "   (instead of https://api.telegram.org)",
            "#   bot_token      " + sim.telegram().botToken(),
            "#   chat_id        " + sim.telegram().chatId(),
            "# Slack webhook_url " + base + sim.slack().webhookPath(),
            "# Slack API base   " + base + "/api   bot token " + sim.slack().botToken(),
            "# Press Ctrl-C to stop."));
    return String.join(System.lineSeparator(), lines);
  }
}
