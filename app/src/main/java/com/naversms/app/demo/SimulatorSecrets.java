package com.naversms.app.demo;

import com.naversms.core.secrets.SecretsProvider;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.naver.NaverSim;
import com.naversms.simulator.sens.AlimTalkSim;
import com.naversms.simulator.sens.SensSim;
import com.naversms.simulator.slack.SlackSim;
import com.naversms.simulator.telegram.TelegramSim;
import java.util.Map;
import java.util.Optional;

/** The simulator's made-up credentials under the legacy secret names: no real secret anywhere. */
public final class SimulatorSecrets implements SecretsProvider {
  private final Map<String, Map<String, String>> secrets;

  public SimulatorSecrets(Simulator sim) {
    this.secrets =
        Map.of(
            "naver-sms-automation/naver-credentials",
            Map.of("username", NaverSim.DEFAULT_USERNAME, "password", NaverSim.DEFAULT_PASSWORD),
            "naver-sms-automation/sens-credentials",
            Map.of(
                "access_key", SensSim.DEFAULT_ACCESS_KEY,
                "secret_key", SensSim.DEFAULT_SECRET_KEY,
                "service_id", SensSim.DEFAULT_SERVICE_ID,
                "alimtalk_service_id", AlimTalkSim.DEFAULT_SERVICE_ID),
            "naver-sms-automation/telegram-credentials",
            Map.of(
                "bot_token", TelegramSim.DEFAULT_BOT_TOKEN, "chat_id", TelegramSim.DEFAULT_CHAT_ID),
            "naver-sms-automation/slack-credentials",
            Map.of("webhook_url", sim.baseUrl() + SlackSim.DEFAULT_WEBHOOK_PATH));
  }

  @Override
  public Optional<Map<String, String>> find(String secretName) {
    return Optional.ofNullable(secrets.get(secretName));
  }
}
