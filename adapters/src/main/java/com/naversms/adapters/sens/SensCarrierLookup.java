package com.naversms.adapters.sens;

import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.ledger.CarrierLookup;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.secrets.SensCredentials;
import java.time.Clock;

/**
 * The carrier check's lookup for every channel SENS carries: an entry sent as AlimTalk is asked of
 * the AlimTalk API by its message id, any other of the SMS API by its request id. Reads only: it
 * works in every {@link DeliveryMode}.
 */
public final class SensCarrierLookup implements CarrierLookup {
  private final SensResultLookup sms;
  private final AlimTalkResultLookup alimTalk;
  private final boolean alimTalkKnown;

  public SensCarrierLookup(
      SensSettings settings,
      SensCredentials credentials,
      Clock clock,
      HttpTransport transport,
      Sleeper sleeper) {
    this.sms = new SensResultLookup(settings, credentials, clock, transport, sleeper);
    this.alimTalk =
        new AlimTalkResultLookup(SensReads.of(settings, credentials, clock, transport, sleeper));
    this.alimTalkKnown = credentials.hasAlimTalk();
  }

  @Override
  public Answer lookup(String requestId) {
    return sms.lookup(requestId);
  }

  @Override
  public Answer lookup(String requestId, String to) {
    return sms.lookup(requestId, to);
  }

  @Override
  public Answer lookup(LedgerEntry entry) {
    if (!entry.message().channel().equals("alimtalk")) {
      return sms.lookup(entry.requestId(), entry.message().phone());
    }
    return alimTalkKnown
        ? alimTalk.lookup(entry.requestId())
        : new Answer.Failed("an AlimTalk message, but the sens secret has no alimtalk_service_id");
  }
}
