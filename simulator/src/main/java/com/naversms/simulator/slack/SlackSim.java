package com.naversms.simulator.slack;

import com.naversms.simulator.Routes;
import com.naversms.simulator.http.Route;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Simulated Slack: one incoming webhook and {@code chat.postMessage}. */
public final class SlackSim {
  public static final String DEFAULT_WEBHOOK_PATH = "/services/T000/B000/SIMHOOK";
  public static final String DEFAULT_BOT_TOKEN = "xoxb-sim";

  private volatile String webhookPath = DEFAULT_WEBHOOK_PATH;
  private volatile String botToken = DEFAULT_BOT_TOKEN;
  private volatile boolean acceptAnyChannel = true;
  private final Set<String> channels = ConcurrentHashMap.newKeySet();
  private final List<SlackMessage> messages = new CopyOnWriteArrayList<>();
  private final SlackEndpoints endpoints = new SlackEndpoints(this);

  /** The webhook's path; the webhook URL is {@code sim.baseUrl() + webhookPath()}. */
  public String webhookPath() {
    return webhookPath;
  }

  public SlackSim webhookPath(String path) {
    this.webhookPath = path;
    return this;
  }

  public String botToken() {
    return botToken;
  }

  public SlackSim botToken(String token) {
    this.botToken = token;
    return this;
  }

  /** Adds a channel chat.postMessage may post to. */
  public SlackSim registerChannel(String channel) {
    channels.add(channel);
    return this;
  }

  /** When true (default), any non-empty channel exists; when false, only registered ones. */
  public SlackSim acceptAnyChannel(boolean any) {
    this.acceptAnyChannel = any;
    return this;
  }

  boolean channelKnown(String channel) {
    return acceptAnyChannel || channels.contains(channel);
  }

  /** Every message posted so far (webhook and API), in order. */
  public List<SlackMessage> messages() {
    return List.copyOf(messages);
  }

  public void clear() {
    messages.clear();
  }

  int record(SlackMessage message) {
    messages.add(message);
    return messages.size();
  }

  /** The routes this service answers (used by the Simulator). */
  public List<Route> routes() {
    return List.of(
        Route.of(
            Routes.SLACK_WEBHOOK,
            "POST",
            "/services/.+",
            endpoints::webhook,
            SlackEndpoints::webhookFault),
        Route.of(
            Routes.SLACK_POST_MESSAGE,
            "POST",
            "/api/chat\\.postMessage",
            endpoints::postMessage,
            SlackEndpoints::apiFault));
  }
}
