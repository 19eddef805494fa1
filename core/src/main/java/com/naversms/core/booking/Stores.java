package com.naversms.core.booking;

import java.util.List;
import java.util.Optional;

/** The configured stores in file order (the fetch order), and the default sender number. */
public record Stores(String defaultFrom, List<Store> all) {
  public Stores {
    all = List.copyOf(all);
  }

  public Optional<Store> byId(String id) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(id)) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /** The store's sender, or the default when the store has none or is unknown. */
  public String senderFor(String storeId) {
    return byId(storeId).map(Store::fromNumber).filter(n -> !n.isBlank()).orElse(defaultFrom);
  }
}
