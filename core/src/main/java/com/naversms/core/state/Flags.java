package com.naversms.core.state;

import java.util.Set;

/** The legacy flag attribute names. Other flags a rule names are stored as extra attributes. */
public final class Flags {
  public static final String CONFIRM = "confirm_sms";
  public static final String REMIND = "remind_sms";
  public static final String OPTION = "option_sms";
  public static final Set<String> LEGACY = Set.of(CONFIRM, REMIND, OPTION);

  private Flags() {}
}
