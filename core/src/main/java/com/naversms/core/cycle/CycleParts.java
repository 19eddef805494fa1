package com.naversms.core.cycle;

import com.naversms.core.delivery.Channels;
import com.naversms.core.delivery.SmsSender;

/**
 * What a cycle builds from the credentials it reads at its start: the Naver access, the SMS sender
 * and the operator channels.
 */
public record CycleParts(NaverAccess naver, SmsSender sms, Channels channels) {

  /** Reads the credentials and builds the parts; a secret that cannot be read throws. */
  @FunctionalInterface
  public interface Factory {
    /**
     * @throws com.naversms.core.secrets.SecretsException when a required secret is missing or bad
     */
    CycleParts build();
  }
}
