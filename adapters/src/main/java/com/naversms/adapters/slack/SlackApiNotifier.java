package com.naversms.adapters.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.http.HttpOutcome;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.delivery.Notifier;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * Slack {@code chat.postMessage} with a bot token: posts to {@code channel}, or to the default
 * channel when it is empty. Slack answers HTTP 200 even when it refuses, so {@code ok:false} is
 * read and becomes {@code NotDelivered(error)}.
 */
public final class SlackApiNotifier implements Notifier {
  public static final URI PRODUCTION = URI.create("https://slack.com/api");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI apiBase;
  private final String botToken;
  private final String defaultChannel;
  private final SlackSettings settings;
  private final SlackPosting posting;

  public SlackApiNotifier(
      URI apiBase,
      String botToken,
      String defaultChannel,
      SlackSettings settings,
      HttpTransport transport,
      Sleeper sleeper) {
    this.apiBase = apiBase;
    this.botToken = botToken;
    this.defaultChannel = defaultChannel;
    this.settings = settings;
    this.posting = new SlackPosting(settings, transport, sleeper);
  }

  public static SlackApiNotifier create(
      URI apiBase, String botToken, String defaultChannel, SlackSettings settings) {
    return new SlackApiNotifier(
        apiBase,
        botToken,
        defaultChannel,
        settings,
        HttpTransport.withConnectTimeout(settings.connectTimeout()),
        Sleeper.real());
  }

  @Override
  public Delivery send(String channel, String text) {
    String target = channel == null || channel.isBlank() ? defaultChannel : channel;
    if (target == null || target.isBlank()) {
      return new Delivery.NotDelivered("no channel given and no default channel configured");
    }
    return posting.post(text, part -> request(target, part), SlackApiNotifier::read);
  }

  private static Delivery read(HttpOutcome.Answered answer) {
    try {
      JsonNode body = JSON.readTree(answer.body());
      if (body != null && body.path("ok").asBoolean(false)) {
        return new Delivery.Delivered();
      }
      String error = body == null ? "" : body.path("error").asText("");
      return new Delivery.NotDelivered(
          "ok:false " + (error.isEmpty() ? "(no error given)" : error));
    } catch (JsonProcessingException e) {
      return new Delivery.NotDelivered("unreadable answer: " + SlackPosting.reason(answer));
    }
  }

  private HttpRequest request(String channel, String text) {
    String body = JSON.createObjectNode().put("channel", channel).put("text", text).toString();
    String base = apiBase.toString().replaceAll("/+$", "");
    return HttpRequest.newBuilder(URI.create(base + "/chat.postMessage"))
        .timeout(settings.requestTimeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Authorization", "Bearer " + botToken)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }
}
