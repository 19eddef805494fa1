package com.naversms.adapters.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.http.HttpOutcome;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.delivery.Notifier;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * A Slack incoming webhook: {@code POST {"text": …}}, answered {@code 200 ok}. A webhook posts to
 * the channel it was created for, so {@code channel} is ignored. Errors come as plain-text bodies
 * ({@code 400 invalid_payload}, {@code 404 no_service}); the webhook URL is a secret and never
 * appears in a reason.
 */
public final class SlackWebhookNotifier implements Notifier {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI webhookUrl;
  private final SlackSettings settings;
  private final SlackPosting posting;

  public SlackWebhookNotifier(
      URI webhookUrl, SlackSettings settings, HttpTransport transport, Sleeper sleeper) {
    this.webhookUrl = webhookUrl;
    this.settings = settings;
    this.posting = new SlackPosting(settings, transport, sleeper);
  }

  public static SlackWebhookNotifier create(URI webhookUrl, SlackSettings settings) {
    return new SlackWebhookNotifier(
        webhookUrl,
        settings,
        HttpTransport.withConnectTimeout(settings.connectTimeout()),
        Sleeper.real());
  }

  @Override
  public Delivery send(String channel, String text) {
    return posting.post(text, this::request, SlackWebhookNotifier::read);
  }

  private static Delivery read(HttpOutcome.Answered answer) {
    return new Delivery.Delivered();
  }

  private HttpRequest request(String text) {
    String body = JSON.createObjectNode().put("text", text).toString();
    return HttpRequest.newBuilder(webhookUrl)
        .timeout(settings.requestTimeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  /** Legacy mask: first 30 characters, {@code ...}, last 10 (reference 3.16). */
  public static String maskedUrl(String url) {
    return url.length() <= 40
        ? "***"
        : url.substring(0, 30) + "..." + url.substring(url.length() - 10);
  }
}
