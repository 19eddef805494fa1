package com.naversms.app.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.adapters.dynamodb.DynamoLocalServer;
import com.naversms.app.demo.SimulatedWorld;
import com.naversms.app.demo.SteppingClock;
import com.naversms.app.wiring.Persistence;
import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.cycle.CycleSettings;
import com.naversms.core.fakes.RecordingEventLog;
import com.naversms.core.fakes.RecordingMetrics;
import com.naversms.core.observability.LogField;
import com.naversms.core.observability.MetricName;
import com.naversms.simulator.Simulator;
import com.naversms.simulator.SimulatorOptions;
import com.naversms.simulator.naver.Scenario;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Lambda handler runs a whole cycle against the simulator and DynamoDB Local (server mode). */
class CycleHandlerTest {
  static final Path CONFIG = Path.of("../config");
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  static final String EVENT =
      """
      {"version":"0","id":"5b3b1d0e-0000-0000-0000-000000000000","detail-type":"Scheduled Event",
       "source":"aws.events","account":"000000000000","time":"2026-11-27T00:00:00Z",
       "region":"ap-northeast-2","resources":["arn:aws:events:ap-northeast-2:000000000000:rule/naver-sms"],
       "detail":{}}
      """;

  @Test
  void scheduledEvent_runsACycle_sendsTheDueSms_andRecordsThemInDynamoDb() throws Exception {
    SteppingClock clock =
        new SteppingClock(
            ZonedDateTime.of(DAY, LocalTime.of(9, 0), Booking.SEOUL).toInstant(), Booking.SEOUL);
    RecordingEventLog log = new RecordingEventLog();
    RecordingMetrics metrics = new RecordingMetrics();
    try (DynamoLocalServer dynamo = new DynamoLocalServer();
        Simulator sim = Simulator.start(SimulatorOptions.defaults().clock(clock))) {
      List<String> stores =
          ConfigLoader.load(CONFIG).stores().all().stream().map(Store::id).toList();
      sim.naver().scenario(Scenario.generated(7, stores, 4, DAY));
      Persistence persistence = Persistence.dynamo(dynamo.client, "sms", "session");
      CycleHandler handler =
          new CycleHandler(
              SimulatedWorld.wiring(
                      sim, CONFIG, persistence, CycleSettings.defaults(), clock, log, metrics)
                  .cycle());

      JsonNode first = invoke(handler, "req-1");
      JsonNode second = invoke(handler, "req-2");

      assertThat(first.path("status").asText()).isEqualTo("completed");
      assertThat(first.path("sms_sent").asInt()).isPositive();
      assertThat(sim.sens().accepted()).hasSize(first.path("sms_sent").asInt());
      assertThat(second.path("sms_sent").asInt()).isZero();
      assertThat(persistence.state().unnotifiedOptionRecords()).isNotEmpty();
      assertThat(log.withField(LogField.REQUEST_ID, "req-1")).isNotEmpty();
      assertThat(metrics.total(MetricName.SMS_SENT)).isEqualTo(first.path("sms_sent").asDouble());
      assertThat(metrics.flushes()).isEqualTo(2);
    }
  }

  @Test
  void aFailedCycle_endsTheInvocationInAnError_soTheLambdaErrorsAlarmSeesIt() throws Exception {
    SteppingClock clock =
        new SteppingClock(
            ZonedDateTime.of(DAY, LocalTime.of(9, 0), Booking.SEOUL).toInstant(), Booking.SEOUL);
    try (DynamoLocalServer dynamo = new DynamoLocalServer();
        Simulator sim = Simulator.start(SimulatorOptions.defaults().clock(clock))) {
      Persistence persistence = Persistence.dynamo(dynamo.client, "sms", "session");
      CycleHandler handler =
          new CycleHandler(
              SimulatedWorld.wiring(
                      sim,
                      CONFIG,
                      persistence,
                      CycleSettings.defaults(),
                      clock,
                      new RecordingEventLog(),
                      new RecordingMetrics())
                  .cycle());
      sim.naver().expireSessions();

      assertThatThrownBy(() -> invoke(handler, "req-x"))
          .isInstanceOf(CycleHandler.CycleFailedException.class)
          .hasMessageContaining("LoginFailed");
    }
  }

  private static JsonNode invoke(CycleHandler handler, String requestId) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(EVENT.getBytes(StandardCharsets.UTF_8)), out, context(requestId));
    return new ObjectMapper().readTree(out.toByteArray());
  }

  private static Context context(String requestId) {
    return new Context() {
      @Override
      public String getAwsRequestId() {
        return requestId;
      }

      @Override
      public String getLogGroupName() {
        return "/aws/lambda/naver-sms-cycle";
      }

      @Override
      public String getLogStreamName() {
        return "test";
      }

      @Override
      public String getFunctionName() {
        return "naver-sms-cycle";
      }

      @Override
      public String getFunctionVersion() {
        return "$LATEST";
      }

      @Override
      public String getInvokedFunctionArn() {
        return "arn:aws:lambda:ap-northeast-2:000000000000:function:naver-sms-cycle";
      }

      @Override
      public CognitoIdentity getIdentity() {
        return null;
      }

      @Override
      public ClientContext getClientContext() {
        return null;
      }

      @Override
      public int getRemainingTimeInMillis() {
        return 300_000;
      }

      @Override
      public int getMemoryLimitInMB() {
        return 512;
      }

      @Override
      public LambdaLogger getLogger() {
        return null;
      }
    };
  }
}
