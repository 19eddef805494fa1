package com.naversms.app.lambda;

import com.naversms.adapters.s3.S3Folders;
import com.naversms.app.wiring.ConfigErrorNotice;
import com.naversms.app.wiring.LoadedConfig;
import com.naversms.app.wiring.RemoteConfig;
import com.naversms.core.cycle.Cycle;
import com.naversms.core.cycle.CycleResult;
import com.naversms.core.input.ConfigException;
import com.naversms.core.observability.ActionType;
import com.naversms.core.observability.EventLog;
import com.naversms.core.observability.LogEvent;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.Status;
import com.naversms.core.rules.Configuration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cycle of a function whose config is in S3 ({@code NAVER_SMS_CONFIG_URI}). Each invocation
 * lists the folder (one ListObjectsV2): when an object changed it downloads and validates the new
 * config; valid, the cycle runs on it; invalid or unreadable, the cycle runs on the last valid
 * config this execution environment loaded and {@link ConfigErrorNotice} reports it (ERROR line and
 * {@code ConfigErrors} every cycle, Telegram once per refused upload). An invalid config at cold
 * start fails the start: nothing runs, nothing is sent.
 */
final class FollowingConfig implements CycleRun {
  private final RemoteConfig remote;
  private final Function<Configuration, Cycle> build;
  private final ConfigErrorNotice notice;
  private final EventLog log;
  private LoadedConfig valid;
  private Cycle cycle;
  private String refused = "";
  private String refusedError = "";

  /**
   * Loads the config at cold start.
   *
   * @throws ConfigException or {@link S3Folders.S3Failure} when it cannot be used
   */
  FollowingConfig(
      RemoteConfig remote,
      Function<Configuration, Cycle> build,
      ConfigErrorNotice notice,
      EventLog log) {
    this.remote = remote;
    this.build = build;
    this.notice = notice;
    this.log = log;
    this.valid = remote.load();
    this.cycle = build.apply(valid.configuration());
    log.write(loaded("", valid, "config loaded at cold start"));
  }

  @Override
  public synchronized CycleResult run(String requestId) {
    refresh(requestId);
    log.write(loaded(requestId, valid, "cycle config"));
    return cycle.run(requestId);
  }

  private void refresh(String requestId) {
    String listing;
    try {
      listing = remote.listing();
    } catch (S3Folders.S3Failure e) {
      notice.report(
          requestId, remote.location().toString(), e.getMessage(), Optional.of(valid), false);
      return;
    }
    if (listing.equals(valid.listing())) {
      return;
    }
    if (listing.equals(refused)) {
      notice.report(
          requestId, remote.location().toString(), refusedError, Optional.of(valid), false);
      return;
    }
    try {
      LoadedConfig next = remote.load();
      cycle = build.apply(next.configuration());
      valid = next;
      refused = "";
      log.write(loaded(requestId, valid, "config changed: loaded"));
    } catch (ConfigException | S3Folders.S3Failure e) {
      refused = listing;
      refusedError = e.getMessage();
      notice.report(
          requestId, remote.location().toString(), e.getMessage(), Optional.of(valid), true);
    }
  }

  static LogEvent loaded(String requestId, LoadedConfig config, String what) {
    Map<LogField, Object> f = new LinkedHashMap<>();
    if (!requestId.isEmpty()) {
      f.put(LogField.REQUEST_ID, requestId);
    }
    f.put(LogField.ACTION_TYPE, ActionType.STARTUP.value());
    f.put(LogField.STATUS, Status.SUCCESS.value());
    f.put(LogField.CONFIG_DIR, config.origin());
    f.put(LogField.CONFIG_HASH, config.hash());
    f.put(LogField.RULE_COUNT, config.configuration().rules().size());
    return LogEvent.info(what + ": " + config.origin() + " sha256 " + config.hash(), f);
  }
}
