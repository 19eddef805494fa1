package com.naversms.app.demo;

import com.naversms.core.rules.AlimTalkTemplates;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.sens.CarrierOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The demo's Kakao side: the config's AlimTalk variants approved in the simulator (the registry
 * holds the same text the config sends), and some customers without KakaoTalk, whose AlimTalk
 * messages SENS sends as SMS/LMS (failover).
 */
final class KakaoWorld {
  /** One customer in this many has no KakaoTalk (their numbers, in order, every {@code N}th). */
  static final int WITHOUT_KAKAOTALK_EVERY = 8;

  private KakaoWorld() {}

  /**
   * Approves {@code variants} in {@code sim} and marks every {@link #WITHOUT_KAKAOTALK_EVERY}th
   * number of the day's bookings as not a KakaoTalk user; returns those numbers (digits).
   */
  static List<String> prepare(Simulator sim, AlimTalkTemplates variants) {
    ApprovedAlimTalk.of(variants).forEach(sim.alimTalk()::approve);
    TreeSet<String> phones = new TreeSet<>();
    for (Map<String, Object> b : sim.naver().allBookings()) {
      phones.add(String.valueOf(b.get("phone")).replaceAll("\\D", ""));
    }
    List<String> without = new ArrayList<>();
    int i = 0;
    for (String phone : phones) {
      if (++i % WITHOUT_KAKAOTALK_EVERY == 0) {
        sim.alimTalk().outcome(phone, new CarrierOutcome("not_kakao_user", null));
        without.add(phone);
      }
    }
    return without;
  }
}
