package com.naversms.core.state;

import java.util.List;
import java.util.Set;

/** The legacy flag attribute names. Other flags a rule names are stored as extra attributes. */
public final class Flags {
  public static final String CONFIRM = "confirm_sms";
  public static final String REMIND = "remind_sms";
  public static final String OPTION = "option_sms";
  public static final Set<String> LEGACY = Set.of(CONFIRM, REMIND, OPTION);

  /**
   * Every suffix a state store appends to a flag's name for the attributes it keeps beside the flag
   * ({@code confirm_sms_claimed_at}, docs/state.md). A rule may not name a flag ending in one of
   * them (it would overwrite the service's own bookkeeping); the state-store contract test fails
   * when a store writes a suffix this list lacks.
   */
  public static final List<String> SERVICE_SUFFIXES =
      List.of(
          "_claimed_at",
          "_attempts",
          "_last_error",
          "_request_id",
          "_sent_at",
          "_rule",
          "_template",
          "_resolved_at");

  private Flags() {}
}
