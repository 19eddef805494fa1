package com.naversms.adapters.sens;

import com.naversms.adapters.http.HttpTransport;
import com.naversms.adapters.http.Sleeper;
import com.naversms.core.delivery.MessageSender;
import com.naversms.core.plan.Message;
import com.naversms.core.secrets.SensCredentials;
import java.time.Clock;

/**
 * The customer channels SENS carries behind one {@link MessageSender}: SMS/LMS always, Kakao
 * AlimTalk when the deployment switched it on ({@code ALIMTALK_ENABLED}) and the sens secret names
 * the AlimTalk service ({@code alimtalk_service_id}). Both stop at the same {@link DeliveryMode}.
 * SMS/LMS (an AlimTalk message's failover sent as SMS included) goes through {@link
 * SensBatchSender}; AlimTalk requests carry one message each.
 */
public final class SensChannels implements MessageSender {
  private final MessageSender sms;
  private final SensAlimTalkSender alimTalk;
  private final boolean alimTalkOn;

  public SensChannels(
      SensSettings settings,
      SensCredentials credentials,
      DeliveryMode mode,
      Clock clock,
      HttpTransport transport,
      Sleeper sleeper) {
    this.sms =
        new SensBatchSender(
            new SensSmsSender(settings, credentials, mode, clock, transport, sleeper),
            settings.batchSize(),
            settings.requestsInFlight());
    this.alimTalk = new SensAlimTalkSender(settings, credentials, mode, clock, transport, sleeper);
    this.alimTalkOn = settings.alimTalk() && credentials.hasAlimTalk();
  }

  @Override
  public boolean carries(Message.Channel channel) {
    return switch (channel) {
      case SMS -> true;
      case ALIMTALK -> alimTalkOn;
    };
  }

  @Override
  public SendResult send(Message message) {
    return switch (message) {
      case Message.Sms s -> sms.send(s);
      case Message.AlimTalk a -> alimTalkOn ? alimTalk.send(a) : sms.send(a.failover());
    };
  }
}
