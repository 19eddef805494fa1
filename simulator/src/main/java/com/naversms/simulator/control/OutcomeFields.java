package com.naversms.simulator.control;

import com.naversms.simulator.sens.CarrierOutcome;
import java.util.Set;

/**
 * {@code POST /_sim/sens/outcomes}: {@code to} (digits), {@code result}, optional {@code code} and
 * {@code channel} ({@code sms}, the default, or {@code alimtalk}).
 */
final class OutcomeFields {
  static final Set<String> SMS_RESULTS = Set.of("delivered", "failed", "processing");
  static final Set<String> ALIMTALK_RESULTS =
      Set.of("delivered", "failed", "processing", "not_kakao_user");

  /** A parsed request: the channel, the number and the outcome. */
  record Outcome(String channel, String to, CarrierOutcome outcome) {}

  private OutcomeFields() {}

  static Outcome read(Body body) {
    body.only(Set.of("to", "result", "code", "channel"));
    String channel = body.choice("channel", Set.of("sms", "alimtalk")).orElse("sms");
    String to = body.digits("to", "01000000001").orElseThrow(() -> new BadField("to", "required"));
    String result =
        body.choice("result", channel.equals("sms") ? SMS_RESULTS : ALIMTALK_RESULTS)
            .orElseThrow(() -> new BadField("result", "required"));
    String code = body.text("code").orElse(null);
    if (code != null && result.equals("delivered")) {
      throw new BadField("code", "a delivered message has no failure code");
    }
    return new Outcome(channel, to, new CarrierOutcome(result, code));
  }
}
