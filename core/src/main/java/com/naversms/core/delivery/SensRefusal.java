package com.naversms.core.delivery;

import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import java.util.Map;

/**
 * SENS refused the account's credentials (401/403: a wrong or revoked key, a bad signature, a clock
 * more than five minutes off): one incident of the account, logged once per cycle.
 */
final class SensRefusal {
  static final String ERROR_TYPE = "SensUnauthorized";

  private SensRefusal() {}

  static LogEvent event(String gatewayReason) {
    return LogEvent.error(
        "SENS refused the account's credentials: sending stopped for this cycle, no attempt used"
            + " (check the SENS keys and the clock; docs/ops/runbook.md)",
        Map.of(
            LogField.ACTION_TYPE,
            ActionType.SEND_SMS.value(),
            LogField.STATUS,
            Status.FAILURE.value(),
            LogField.ERROR_TYPE,
            ERROR_TYPE,
            LogField.ERROR_MESSAGE,
            gatewayReason));
  }
}
