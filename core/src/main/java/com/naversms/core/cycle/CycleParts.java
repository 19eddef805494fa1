package com.naversms.core.cycle;

import com.naversms.core.delivery.Channels;
import com.naversms.core.delivery.MessageSender;
import com.naversms.core.ledger.CarrierLookup;
import com.naversms.core.observability.EventLog;
import java.util.List;

/**
 * What a cycle builds from the credentials it reads at its start: the Naver access, the sender of
 * customer messages (SMS/LMS through SENS) and the operator channels.
 *
 * @param skippedChannels an optional channel (Telegram, Slack) whose secret is broken is left out
 *     of {@code channels}, never failing the cycle; each entry says which and why (never a value)
 * @param carriers asks SENS for the carrier's result of an accepted message (the carrier check)
 */
public record CycleParts(
    NaverAccess naver,
    MessageSender messages,
    Channels channels,
    List<String> skippedChannels,
    CarrierLookup carriers) {

  public CycleParts {
    skippedChannels = List.copyOf(skippedChannels);
  }

  /** Without a carrier lookup (no delivery results are asked for). */
  public CycleParts(
      NaverAccess naver, MessageSender messages, Channels channels, List<String> skippedChannels) {
    this(naver, messages, channels, skippedChannels, CarrierLookup.none());
  }

  public CycleParts(NaverAccess naver, MessageSender messages, Channels channels) {
    this(naver, messages, channels, List.of());
  }

  /** Reads the credentials and builds the parts; a required secret that cannot be read throws. */
  @FunctionalInterface
  public interface Factory {
    /**
     * @param log the cycle's log (its {@code request_id} on every line): every part that logs, the
     *     session check and the sign-in included, writes through it, so one cycle is one request id
     * @throws com.naversms.core.secrets.SecretsException when a required secret is missing or bad
     */
    CycleParts build(EventLog log);
  }
}
