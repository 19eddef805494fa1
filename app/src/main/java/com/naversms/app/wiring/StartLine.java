package com.naversms.app.wiring;

import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import com.naversms.core.rules.Configuration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code run} and {@code daemon} say at start: the config folder (absolute path, where it came
 * from, rules, stores, content hash) and the state, as a line for people and a JSON log line.
 */
public record StartLine(ConfigFolder config, int rules, int stores, StateLocation state) {

  public static StartLine of(ConfigFolder config, Configuration loaded, StateLocation state) {
    return new StartLine(config, loaded.rules().size(), loaded.stores().all().size(), state);
  }

  /** Two lines for people (stderr). */
  public String text() {
    return "naver-sms: config "
        + config.dir()
        + " (from "
        + config.source()
        + "): "
        + rules
        + " rules, "
        + stores
        + " stores, sha256 "
        + config.hash()
        + System.lineSeparator()
        + "naver-sms: state "
        + state.description();
  }

  public LogEvent event() {
    Map<LogField, Object> f = new LinkedHashMap<>();
    f.put(LogField.ACTION_TYPE, ActionType.STARTUP.value());
    f.put(LogField.STATUS, Status.SUCCESS.value());
    f.put(LogField.CONFIG_DIR, config.dir().toString());
    f.put(LogField.REASON, "config from " + config.source());
    f.put(LogField.CONFIG_HASH, config.hash());
    f.put(LogField.RULE_COUNT, rules);
    f.put(LogField.STORE_COUNT, stores);
    f.put(LogField.STATE, state.description());
    return LogEvent.info(
        "starting with config " + config.dir() + ", state " + state.description(), f);
  }
}
