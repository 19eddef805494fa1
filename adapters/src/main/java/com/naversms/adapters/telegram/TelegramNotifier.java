package com.naversms.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.naversms.adapters.http.Attempts;
import com.naversms.adapters.http.Attempts.Step;
import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.HttpOutcome;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.adapters.http.TextChunks;
import com.naversms.core.delivery.Notifier;
import com.naversms.core.secrets.Masking;
import com.naversms.core.secrets.TelegramCredentials;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Telegram {@code sendMessage} to the configured chat ({@code channel} is ignored: one bot, one
 * chat). Texts over 4,096 characters go as several messages. Flood control (429) waits {@code
 * retry_after} when it is short enough; a text Telegram cannot parse is sent once more as plain
 * text. Every failure is a {@code NotDelivered} value; the bot token never appears in a reason.
 */
public final class TelegramNotifier implements Notifier {
  public static final int MAX_CHARS = 4096;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TelegramSettings settings;
  private final TelegramCredentials credentials;
  private final HttpTransport transport;
  private final Sleeper sleeper;

  public TelegramNotifier(
      TelegramSettings settings,
      TelegramCredentials credentials,
      HttpTransport transport,
      Sleeper sleeper) {
    this.settings = settings;
    this.credentials = credentials;
    this.transport = transport;
    this.sleeper = sleeper;
  }

  public static TelegramNotifier create(
      TelegramSettings settings, TelegramCredentials credentials) {
    return new TelegramNotifier(
        settings,
        credentials,
        HttpTransport.withConnectTimeout(settings.connectTimeout()),
        Sleeper.real());
  }

  @Override
  public Delivery send(String channel, String text) {
    if (text == null || text.isBlank()) {
      return new Delivery.NotDelivered("empty text");
    }
    List<String> parts = TextChunks.split(text, MAX_CHARS);
    for (int i = 0; i < parts.size(); i++) {
      Delivery delivery = sendPart(parts.get(i));
      if (delivery instanceof Delivery.NotDelivered failed) {
        String where = parts.size() == 1 ? "" : "part " + (i + 1) + "/" + parts.size() + ": ";
        return new Delivery.NotDelivered(masked(where + failed.reason()));
      }
    }
    return new Delivery.Delivered();
  }

  private Delivery sendPart(String text) {
    Optional<Delivery> formatted = sendPart(text, settings.parseMode());
    // Empty: Telegram could not parse the markup; the words matter more than the formatting.
    return formatted.orElseGet(() ->
        sendPart(text, ParseMode.NONE)
            .orElse(new Delivery.NotDelivered("unparsable even as plain text")));
  }

  private Optional<Delivery> sendPart(String text, ParseMode mode) {
    return Attempts.run(
        settings.retries(),
        sleeper,
        attempt -> attempt(text, mode),
        reason -> Optional.of(new Delivery.NotDelivered(reason)));
  }

  private Step<Optional<Delivery>> attempt(String text, ParseMode mode) {
    HttpOutcome outcome = transport.exchange(request(text, mode));
    return switch (outcome) {
      case HttpOutcome.NotSent n -> Attempts.again(n.reason());
      case HttpOutcome.NoAnswer n -> Attempts.again(n.reason());
      case HttpOutcome.Answered a -> answered(a, mode);
    };
  }

  private Step<Optional<Delivery>> answered(HttpOutcome.Answered a, ParseMode mode) {
    Optional<JsonNode> body = parse(a.body());
    boolean ok = body.map(b -> b.path("ok").asBoolean(false)).orElse(false);
    String description =
        body.map(b -> b.path("description").asText("")).filter(d -> !d.isEmpty()).orElse("");
    String reason = "HTTP " + a.status() + (description.isEmpty() ? "" : ": " + description);
    if (a.ok() && ok) {
      return Attempts.done(Optional.of(new Delivery.Delivered()));
    }
    if (a.status() == 429) {
      Optional<Duration> wait =
          body.map(b -> b.path("parameters").path("retry_after"))
              .filter(JsonNode::canConvertToLong)
              .map(n -> Duration.ofSeconds(n.asLong()))
              .or(() -> Backoff.retryAfterSeconds(a.header("Retry-After")));
      if (wait.isPresent() && wait.get().compareTo(settings.maxRetryWait()) > 0) {
        return Attempts.done(
            Optional.of(
                new Delivery.NotDelivered(
                    reason + " (retry_after " + wait.get().toSeconds() + " s exceeds the limit)")));
      }
      return Attempts.again(reason, wait);
    }
    if (a.status() == 400 && mode != ParseMode.NONE && isParseError(description)) {
      return Attempts.done(Optional.empty());
    }
    if (a.status() >= 500) {
      return Attempts.again(reason);
    }
    return Attempts.done(
        Optional.of(new Delivery.NotDelivered(a.ok() ? "ok:false " + description : reason)));
  }

  private static boolean isParseError(String description) {
    return description.contains("can't parse entities")
        || description.contains("can't find end of the entity");
  }

  private HttpRequest request(String text, ParseMode mode) {
    ObjectNode body = JSON.createObjectNode();
    body.put("chat_id", credentials.chatId());
    body.put("text", text);
    mode.wireName().ifPresent(name -> body.put("parse_mode", name));
    String base = settings.baseUrl().toString().replaceAll("/+$", "");
    return HttpRequest.newBuilder(
            URI.create(base + "/bot" + credentials.botToken() + "/sendMessage"))
        .timeout(settings.requestTimeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
        .build();
  }

  private static Optional<JsonNode> parse(String body) {
    try {
      return Optional.ofNullable(JSON.readTree(body == null ? "" : body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private String masked(String reason) {
    return reason.replace(credentials.botToken(), Masking.mask(credentials.botToken()));
  }
}
