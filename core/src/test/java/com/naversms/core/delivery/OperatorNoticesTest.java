package com.naversms.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Notices queued while a channel's thread is busy go out as one post (issue 19 item 3: a first
 * cycle of hundreds of bookings posts a few messages, not hundreds).
 */
class OperatorNoticesTest {

  /** Records every post; the first one waits until released. */
  private static final class SlowFirst implements Notifier {
    final List<String> posts = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch firstStarted = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public Delivery send(String channel, String text) {
      posts.add(channel + "|" + text);
      if (posts.size() == 1) {
        firstStarted.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return new Delivery.Delivered();
    }
  }

  @Test
  void linesQueuedWhileTheChannelIsBusy_goOutAsOnePost_eachWithThatPostsOutcome() throws Exception {
    SlowFirst telegram = new SlowFirst();
    List<OperatorNotices.Pending> pending = new ArrayList<>();
    try (OperatorNotices notices =
        new OperatorNotices(Channels.of(telegram, null), Clock.systemUTC())) {
      pending.add(notices.post(OperatorNotices.Channel.TELEGRAM, "", "예약확정 1"));
      assertThat(telegram.firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 2; i <= 6; i++) {
        pending.add(notices.post(OperatorNotices.Channel.TELEGRAM, "", "예약확정 " + i));
      }
      telegram.release.countDown();
      notices.awaitUntil(Instant.now().plusSeconds(10));
    }

    assertThat(telegram.posts)
        .containsExactly("|예약확정 1", "|예약확정 2\n예약확정 3\n예약확정 4\n예약확정 5\n예약확정 6");
    assertThat(pending).allSatisfy(p -> assertThat(p.outcome()).isInstanceOf(Outcome.Done.class));
  }

  @Test
  void aJoinedPost_staysWithinTheLimit_andSlackChannelsAreNotMixed() throws Exception {
    SlowFirst slack = new SlowFirst();
    String line = "x".repeat(1000);
    try (OperatorNotices notices =
        new OperatorNotices(Channels.of(null, slack), Clock.systemUTC())) {
      notices.post(OperatorNotices.Channel.SLACK, "#ops", "first");
      assertThat(slack.firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 4; i++) {
        notices.post(OperatorNotices.Channel.SLACK, "#ops", line);
      }
      notices.post(OperatorNotices.Channel.SLACK, "#other", "elsewhere");
      slack.release.countDown();
      notices.awaitUntil(Instant.now().plusSeconds(10));
    }

    assertThat(slack.posts)
        .containsExactly(
            "#ops|first",
            "#ops|" + line + "\n" + line,
            "#ops|" + line + "\n" + line,
            "#other|elsewhere");
    assertThat(slack.posts).allMatch(p -> p.length() <= OperatorNotices.POST_MAX_CHARS + 6);
  }
}
