package com.naversms.adapters.slack;

import com.naversms.adapters.http.Attempts;
import com.naversms.adapters.http.Attempts.Step;
import com.naversms.adapters.http.Backoff;
import com.naversms.adapters.http.HttpOutcome;
import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.adapters.http.TextChunks;
import com.naversms.core.delivery.Notifier.Delivery;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What both Slack notifiers share: splitting, the retry loop and Slack's 429 {@code Retry-After}.
 * Each notifier only says how to build a request and how to read a 2xx answer.
 */
final class SlackPosting {
  private final SlackSettings settings;
  private final HttpTransport transport;
  private final Sleeper sleeper;

  SlackPosting(SlackSettings settings, HttpTransport transport, Sleeper sleeper) {
    this.settings = settings;
    this.transport = transport;
    this.sleeper = sleeper;
  }

  Delivery post(
      String text,
      Function<String, HttpRequest> request,
      Function<HttpOutcome.Answered, Delivery> readSuccess) {
    if (text == null || text.isBlank()) {
      return new Delivery.NotDelivered("empty text");
    }
    List<String> parts = TextChunks.split(text, SlackSettings.MAX_CHARS);
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      Delivery delivery =
          Attempts.run(
              settings.retries(),
              sleeper,
              attempt -> attempt(request.apply(part), readSuccess),
              Delivery.NotDelivered::new);
      if (delivery instanceof Delivery.NotDelivered failed) {
        String where = parts.size() == 1 ? "" : "part " + (i + 1) + "/" + parts.size() + ": ";
        return new Delivery.NotDelivered(where + failed.reason());
      }
    }
    return new Delivery.Delivered();
  }

  private Step<Delivery> attempt(
      HttpRequest request, Function<HttpOutcome.Answered, Delivery> readSuccess) {
    return switch (transport.exchange(request)) {
      case HttpOutcome.NotSent n -> Attempts.again(n.reason());
      case HttpOutcome.NoAnswer n -> Attempts.again(n.reason());
      case HttpOutcome.Answered a when a.ok() -> Attempts.done(readSuccess.apply(a));
      case HttpOutcome.Answered a when a.status() == 429 -> rateLimited(a);
      case HttpOutcome.Answered a when a.status() >= 500 -> Attempts.again(reason(a));
      case HttpOutcome.Answered a -> Attempts.done(new Delivery.NotDelivered(reason(a)));
    };
  }

  private Step<Delivery> rateLimited(HttpOutcome.Answered a) {
    Optional<Duration> wait = Backoff.retryAfterSeconds(a.header("Retry-After"));
    if (wait.isPresent() && wait.get().compareTo(settings.maxRetryWait()) > 0) {
      return Attempts.done(
          new Delivery.NotDelivered(
              reason(a) + " (Retry-After " + wait.get().toSeconds() + " s exceeds the limit)"));
    }
    return Attempts.again(reason(a), wait);
  }

  static String reason(HttpOutcome.Answered a) {
    String body = a.body() == null ? "" : a.body().strip();
    if (body.length() > 200) {
      body = body.substring(0, 200) + "…";
    }
    return "HTTP " + a.status() + (body.isEmpty() ? "" : ": " + body);
  }
}
