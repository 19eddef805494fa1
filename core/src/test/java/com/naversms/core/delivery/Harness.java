package com.naversms.core.delivery;

import com.naversms.core.fakes.InMemoryMessageLedger;
import com.naversms.core.fakes.InMemoryStateStore;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.core.fakes.RecordingMetrics;
import com.naversms.core.fakes.RecordingNotifier;
import com.naversms.core.fakes.ScriptedSmsSender;
import com.naversms.core.ledger.MessageLedger;
import com.naversms.core.plan.Plan;
import com.naversms.core.state.StateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** The executor over fakes, with a clock the test moves. */
final class Harness {
  final InMemoryStateStore store = new InMemoryStateStore();
  final ScriptedSmsSender sender = new ScriptedSmsSender();
  final RecordingNotifier telegram = new RecordingNotifier();
  final RecordingNotifier slack = new RecordingNotifier();
  final RecordingEventLog log = new RecordingEventLog();
  final RecordingMetrics metrics = new RecordingMetrics();
  MessageLedger ledger = new InMemoryMessageLedger();
  Instant now = PlanBuilder.AT;
  ExecutionSettings settings = ExecutionSettings.live();

  Clock clock() {
    return new Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now;
      }
    };
  }

  void advance(Duration d) {
    now = now.plus(d);
  }

  CycleReport run(Plan plan) {
    return run(plan, store);
  }

  CycleReport run(Plan plan, StateStore state) {
    return new Executor(
            state, ledger, sender, Channels.of(telegram, slack), log, metrics, clock(), settings)
        .execute(plan);
  }
}
