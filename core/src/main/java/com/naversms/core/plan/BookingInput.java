package com.naversms.core.plan;

import com.naversms.core.booking.Booking;
import com.naversms.core.rules.Situation;
import com.naversms.core.state.RecordKey;
import com.naversms.core.store.Store;
import com.naversms.core.template.TemplateContext;
import java.util.Map;
import java.util.Optional;

/**
 * One booking as the planner sees it: the situation rules are evaluated against, its configured
 * store (empty when unknown), its record key and the variables its templates render with.
 */
record BookingInput(
    Situation situation, Optional<Store> store, RecordKey key, Map<String, Object> variables) {

  static BookingInput of(Situation s) {
    Booking b = s.booking();
    Optional<Store> store = s.config().stores().byId(b.storeId());
    Map<String, Object> variables =
        TemplateContext.forBooking(
            b,
            store.orElseGet(() -> unknown(b.storeId())),
            s.nowLocal(),
            s.config().optionKeywords());
    return new BookingInput(s, store, NewRecord.keyOf(b), variables);
  }

  /**
   * A store missing from stores.yaml renders as its id ({@code store.alias}, as the legacy did).
   */
  private static Store unknown(String id) {
    return new Store(id, "", id, null, null);
  }

  Booking booking() {
    return situation.booking();
  }
}
