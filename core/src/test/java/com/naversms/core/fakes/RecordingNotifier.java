package com.naversms.core.fakes;

import com.naversms.core.delivery.Notifier;
import java.util.ArrayList;
import java.util.List;

/** A {@link Notifier} that keeps what it was asked to send; can be told to fail. */
public final class RecordingNotifier implements Notifier {
  private final List<String> texts = new ArrayList<>();
  private volatile String failWith;

  public RecordingNotifier failing(String reason) {
    this.failWith = reason;
    return this;
  }

  public synchronized List<String> texts() {
    return List.copyOf(texts);
  }

  @Override
  public synchronized Delivery send(String channel, String text) {
    if (failWith != null) {
      return new Delivery.NotDelivered(failWith);
    }
    texts.add(text);
    return new Delivery.Delivered();
  }
}
