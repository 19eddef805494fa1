package com.naversms.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The operator notices (Telegram, Slack) of one cycle, posted on one thread per channel in the
 * order they were queued, so that no customer send ever waits on an operator channel and a hanging
 * channel never holds up the other. The notices queued for one channel (and Slack channel) while
 * its thread was busy go out as one post, one line each, up to {@value #POST_MAX_CHARS} characters:
 * a first cycle with hundreds of bookings posts a few messages instead of hundreds (Telegram and
 * Slack allow about one message a second per chat), and each of those notices gets that post's
 * outcome. {@link #awaitUntil} waits for them up to a deadline; a notice not posted by then is
 * given up: reported as failed ({@code NotPosted}), never retried. {@link #close} interrupts a post
 * that still hangs.
 */
public final class OperatorNotices implements AutoCloseable {
  /** One post's length at most when notices are joined (Slack's part; Telegram allows 4,096). */
  public static final int POST_MAX_CHARS = 3000;

  private final Channels channels;
  private final Clock clock;
  private final Map<Channel, ExecutorService> workers = new EnumMap<>(Channel.class);
  private final List<Pending> queued = new ArrayList<>();

  /** Per channel and Slack channel: the notices not posted yet, oldest first. */
  private final Map<String, List<Queued>> waiting = new java.util.HashMap<>();

  private volatile boolean givenUp;

  /** An operator channel. */
  public enum Channel {
    TELEGRAM("telegram"),
    SLACK("slack");

    private final String label;

    Channel(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public OperatorNotices(Channels channels, Clock clock) {
    this.channels = channels;
    this.clock = clock;
  }

  /**
   * Queues one notice and returns at once. A channel that is not configured answers {@code Skipped}
   * right away.
   *
   * @param slackChannel the Slack channel ("#ops"), or empty for the default
   */
  public Pending post(Channel channel, String slackChannel, String text) {
    Optional<Notifier> notifier =
        channel == Channel.TELEGRAM ? channels.telegram() : channels.slack();
    if (notifier.isEmpty()) {
      return Pending.settled(channel, new Outcome.Skipped(channel.label() + " is not configured"));
    }
    Pending pending = new Pending(channel);
    String target = slackChannel == null ? "" : slackChannel;
    String key = channel.name() + "|" + target;
    synchronized (this) {
      queued.add(pending);
      waiting.computeIfAbsent(key, k -> new ArrayList<>()).add(new Queued(pending, text));
      ExecutorService worker = workers.computeIfAbsent(channel, OperatorNotices::worker);
      CompletableFuture.runAsync(() -> postWaiting(channel, notifier.get(), target, key), worker);
    }
    return pending;
  }

  /** A notice waiting for its channel's thread. */
  private record Queued(Pending pending, String text) {}

  /**
   * On the channel's thread: the notices waiting for {@code key} (one, or the several queued while
   * the thread was busy), joined up to {@link #POST_MAX_CHARS}, in one post. Nothing when an
   * earlier post took them all.
   */
  private void postWaiting(Channel channel, Notifier notifier, String target, String key) {
    List<Queued> batch = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    synchronized (this) {
      List<Queued> list = waiting.getOrDefault(key, List.of());
      while (!list.isEmpty()) {
        String next = list.get(0).text();
        if (!batch.isEmpty() && text.length() + 1 + next.length() > POST_MAX_CHARS) {
          break;
        }
        text.append(batch.isEmpty() ? "" : "\n").append(next);
        batch.add(list.remove(0));
      }
    }
    if (batch.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    Outcome outcome = deliver(channel, notifier, target, text.toString());
    batch.forEach(q -> q.pending().settle(outcome, started));
  }

  /**
   * Waits until every queued notice is posted or {@code deadline} has passed; the notices not
   * posted by then are given up (a post still running may yet arrive: its outcome is not waited
   * for).
   */
  public void awaitUntil(Instant deadline) {
    long left = Math.max(0, Duration.between(clock.instant(), deadline).toNanos());
    long end = System.nanoTime() + left;
    for (Pending p : snapshot()) {
      long wait = end - System.nanoTime();
      if (wait <= 0 && !p.result.isDone()) {
        break;
      }
      try {
        p.result.get(Math.max(0, wait), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        break;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException e) {
        // settle() never completes exceptionally; nothing to wait for
      }
    }
    givenUp = true;
  }

  /** Gives up what is still queued and interrupts a post that still hangs. */
  @Override
  public synchronized void close() {
    givenUp = true;
    workers.values().forEach(ExecutorService::shutdownNow);
    workers.clear();
  }

  private synchronized List<Pending> snapshot() {
    return List.copyOf(queued);
  }

  private Outcome deliver(Channel channel, Notifier notifier, String slackChannel, String text) {
    if (givenUp) {
      return Pending.notPosted(channel);
    }
    try {
      return switch (notifier.send(slackChannel == null ? "" : slackChannel, text)) {
        case Notifier.Delivery.Delivered d -> new Outcome.Done("delivered to " + channel.label());
        case Notifier.Delivery.NotDelivered n ->
            new Outcome.Failed("NotDelivered", channel.label() + ": " + n.reason(), false);
      };
    } catch (RuntimeException e) {
      return new Outcome.Failed(
          e.getClass().getSimpleName(), channel.label() + ": " + e.getMessage(), false);
    }
  }

  private static ExecutorService worker(Channel channel) {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "notices-" + channel.label());
      t.setDaemon(true);
      return t;
    });
  }

  /** One queued notice: its outcome once posted, or {@code NotPosted} when it was given up. */
  public static final class Pending {
    private final Channel channel;
    private final CompletableFuture<Outcome> result = new CompletableFuture<>();
    private volatile long durationMs;

    private Pending(Channel channel) {
      this.channel = channel;
    }

    static Pending settled(Channel channel, Outcome outcome) {
      Pending p = new Pending(channel);
      p.result.complete(outcome);
      return p;
    }

    static Outcome notPosted(Channel channel) {
      return new Outcome.Failed(
          "NotPosted", channel.label() + ": not posted within the notice budget", false);
    }

    private void settle(Outcome outcome, long startedNanos) {
      durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
      result.complete(outcome);
    }

    /** The outcome, or {@code Failed(NotPosted)} when the notice was not posted in time. */
    public Outcome outcome() {
      return result.getNow(notPosted(channel));
    }

    /** How long the post took (0 when it was never posted). */
    public long durationMs() {
      return durationMs;
    }

    public Channel channel() {
      return channel;
    }
  }
}
