package com.naversms.core.delivery;

import java.util.ArrayList;
import java.util.List;

/** What the ports were asked to do, across threads, in the order the calls arrived. */
final class Journal {
  private final List<String> entries = new ArrayList<>();

  synchronized void add(String entry) {
    entries.add(entry);
  }

  synchronized List<String> entries() {
    return List.copyOf(entries);
  }

  /** The entries that contain {@code tag}, in arrival order. */
  List<String> about(String tag) {
    return entries().stream().filter(e -> e.contains(tag)).toList();
  }

  /**
   * A notifier that journals {@code name: line} for each line of a post and delivers: the lines
   * queued while a channel was busy arrive as one post ({@link OperatorNotices}), one line each.
   */
  Notifier notifier(String name) {
    return (channel, text) -> {
      text.lines().forEach(line -> add(name + ": " + line));
      return new Notifier.Delivery.Delivered();
    };
  }
}
