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

  /** A notifier that journals {@code name: text} and delivers. */
  Notifier notifier(String name) {
    return (channel, text) -> {
      add(name + ": " + text);
      return new Notifier.Delivery.Delivered();
    };
  }
}
