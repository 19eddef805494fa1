package com.naversms.core.plan;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.optout.OptOuts;
import com.naversms.core.rules.Situation;
import com.naversms.core.state.RecordKey;
import com.naversms.core.template.TemplateContext;
import java.util.Map;
import java.util.Optional;

/**
 * One booking as the planner sees it: the situation rules are evaluated against, its configured
 * store (empty when unknown), its record key, the cycle's opt-out list and the variables its
 * templates render with (built on first use: most bookings fire no rule that renders anything).
 */
final class BookingInput {
  private final Situation situation;
  private final Optional<Store> store;
  private final RecordKey key;
  private final OptOuts optOuts;
  private Map<String, Object> variables;

  private BookingInput(Situation situation, Optional<Store> store, RecordKey key, OptOuts optOuts) {
    this.situation = situation;
    this.store = store;
    this.key = key;
    this.optOuts = optOuts;
  }

  /**
   * {@code key} is the booking's record key ({@link com.naversms.core.state.RecordKeys#of}: the
   * item that exists, else the legacy form), worked out once by the planner.
   */
  static BookingInput of(Situation s, RecordKey key, OptOuts optOuts) {
    return new BookingInput(s, s.config().stores().byId(s.booking().storeId()), key, optOuts);
  }

  /** The cycle's opt-out list: who may not get an advertising message. */
  OptOuts optOuts() {
    return optOuts;
  }

  Situation situation() {
    return situation;
  }

  Optional<Store> store() {
    return store;
  }

  RecordKey key() {
    return key;
  }

  Map<String, Object> variables() {
    if (variables == null) {
      Booking b = situation.booking();
      variables =
          TemplateContext.forBooking(
              b,
              store.orElseGet(() -> unknown(b.storeId())),
              situation.nowLocal(),
              situation.config().optionKeywords());
    }
    return variables;
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
