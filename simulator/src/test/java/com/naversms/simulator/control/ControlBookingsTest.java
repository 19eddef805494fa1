package com.naversms.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.naversms.simulator.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlBookingsTest {
  static final Simulator SIM = Simulator.start();
  static final ControlHttp HTTP = new ControlHttp(SIM);
  static final String BOOKING =
      """
      {"store": "1000001", "name": "김예시", "phone": "01000000001",
       "start": "2026-12-04T14:00:00+09:00"}\
      """;

  @BeforeAll
  static void stores() {
    SIM.naver().addStore("1000001").addStore("1000002");
  }

  @AfterAll
  static void stop() {
    SIM.close();
  }

  static long add(String body) {
    ControlHttp.Answer answer = HTTP.post("/_sim/bookings", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json().path("bookingId").asLong();
  }

  static JsonNode served(String store, long id) {
    for (JsonNode b : HTTP.listBookings(store).json()) {
      if (b.path("bookingId").asLong() == id) {
        return b;
      }
    }
    throw new AssertionError("booking " + id + " not served");
  }

  static JsonNode inState(long id) {
    for (JsonNode b : HTTP.get("/_sim/state").json().path("bookings")) {
      if (b.path("bookingId").asLong() == id) {
        return b;
      }
    }
    throw new AssertionError("booking " + id + " not in the state");
  }

  @Test
  void added_isServedAtOnce_exactlyAsTheStateShowsIt() {
    long id = add(BOOKING);
    JsonNode served = served("1000001", id);
    assertThat(served).isEqualTo(inState(id));
    assertThat(served.path("businessId").asLong()).isEqualTo(1000001);
    assertThat(served.path("name").asText()).isEqualTo("김예시");
    assertThat(served.path("phone").asText()).isEqualTo("01000000001");
    assertThat(served.path("bookingStatusCode").asText()).isEqualTo("RC03");
    assertThat(served.path("startDate").asText()).isEqualTo("2026-12-04");
    JsonNode snapshot = served.path("snapshotJson");
    assertThat(snapshot.path("startDateTime").asText()).isEqualTo("2026-12-04T05:00:00Z");
    assertThat(snapshot.path("endDateTime").asText()).isEqualTo("2026-12-04T06:50:00Z");
    assertThat(snapshot.path("name").asText()).isEqualTo("김예시");
    assertThat(served.path("bookingOptionJson")).isEmpty();
  }

  @Test
  void added_withMinutesStatusAndOptions() {
    long id =
        add(
            """
            {"store": "1000002", "name": "이예시", "phone": "01000000002",
             "start": "2026-12-04T20:00:00+09:00", "minutes": 60, "status": "RC08",
             "options": [{"name": "원본 파일", "count": 1}, {"name": "전문가 보정", "count": 2, "price": 10000}]}\
            """);
    JsonNode b = served("1000002", id);
    assertThat(b.path("bookingStatusCode").asText()).isEqualTo("RC08");
    assertThat(b.path("isCompleted").asBoolean()).isTrue();
    assertThat(b.path("snapshotJson").path("endDateTime").asText())
        .isEqualTo("2026-12-04T12:00:00Z");
    assertThat(b.path("bookingOptionJson")).hasSize(2);
    assertThat(b.path("bookingOptionJson").get(0).path("name").asText()).isEqualTo("원본 파일");
    assertThat(b.path("bookingOptionJson").get(1).path("bookingCount").asInt()).isEqualTo(2);
    assertThat(b.path("bookingOptionJson").get(1).path("sumPrice").asInt()).isEqualTo(20000);
    assertThat(b.path("snapshotJson").path("bookingOptionJson"))
        .isEqualTo(b.path("bookingOptionJson"));
  }

  @Test
  void aListAskedBeforeAChange_servesTheChangeNextTime() {
    long id = add(BOOKING);
    assertThat(served("1000001", id).path("name").asText()).isEqualTo("김예시");
    int before = HTTP.listBookings("1000001").json().size();
    // the same query again: the rendered answer of the unchanged store
    assertThat(HTTP.listBookings("1000001").json().size()).isEqualTo(before);

    ControlHttp.Answer renamed = HTTP.post("/_sim/bookings/" + id, "{\"name\": \"이예시\"}");
    assertThat(renamed.status()).isEqualTo(200);
    long second = add(BOOKING);

    assertThat(served("1000001", id).path("name").asText()).isEqualTo("이예시");
    assertThat(served("1000001", second).path("bookingId").asLong()).isEqualTo(second);
    assertThat(HTTP.listBookings("1000001").json().size()).isEqualTo(before + 1);
  }

  @Test
  void reschedule_movesTheSlotAndKeepsItsLength() {
    long id = add(BOOKING);
    ControlHttp.Answer answer =
        HTTP.post("/_sim/bookings/" + id, "{\"start\": \"2026-12-05T10:30:00+09:00\"}");
    assertThat(answer.status()).isEqualTo(200);
    JsonNode b = served("1000001", id);
    assertThat(answer.json()).isEqualTo(b);
    assertThat(b.path("startDate").asText()).isEqualTo("2026-12-05");
    assertThat(b.path("snapshotJson").path("startDateTime").asText())
        .isEqualTo("2026-12-05T01:30:00Z");
    assertThat(b.path("snapshotJson").path("endDateTime").asText())
        .isEqualTo("2026-12-05T03:20:00Z");
  }

  @Test
  void cancellation_andCompletion_setTheStatusAndItsCounters() {
    long id = add(BOOKING);
    JsonNode cancelled = HTTP.post("/_sim/bookings/" + id, "{\"status\": \"RC04\"}").json();
    assertThat(cancelled.path("bookingStatusCode").asText()).isEqualTo("RC04");
    assertThat(cancelled.path("cancelledCount").asInt()).isEqualTo(1);
    assertThat(served("1000001", id)).isEqualTo(cancelled);

    JsonNode completed = HTTP.post("/_sim/bookings/" + id, "{\"status\": \"RC08\"}").json();
    assertThat(completed.path("bookingStatusCode").asText()).isEqualTo("RC08");
    assertThat(completed.path("isCompleted").asBoolean()).isTrue();
    assertThat(completed.path("cancelledCount").asInt()).isZero();
  }

  @Test
  void nameAndPhone_changeInTheBookingAndItsSnapshot() {
    long id = add(BOOKING);
    JsonNode b =
        HTTP.post(
                "/_sim/bookings/" + id,
                "{\"name\": \"박예시\", \"phone\": \"01000000009\", \"minutes\": 60}")
            .json();
    assertThat(b.path("name").asText()).isEqualTo("박예시");
    assertThat(b.path("snapshotJson").path("phone").asText()).isEqualTo("01000000009");
    assertThat(b.path("snapshotJson").path("endDateTime").asText())
        .isEqualTo("2026-12-04T06:00:00Z");
  }

  @Test
  void unknownBooking_is404() {
    ControlHttp.Answer answer = HTTP.post("/_sim/bookings/1", "{\"status\": \"RC04\"}");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().path("error").asText()).contains("no booking 1");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":\"김\",\"phone\":\"01000000001\",\"start\":\"2026-12-04T14:00:00+09:00\"}|store",
        "{\"store\":\"9999999\",\"name\":\"김\",\"phone\":\"01000000001\",\"start\":\"2026-12-04T14:00:00+09:00\"}|store",
        "{\"store\":\"1000001\",\"phone\":\"01000000001\",\"start\":\"2026-12-04T14:00:00+09:00\"}|name",
        "{\"store\":\"1000001\",\"name\":\"김\",\"phone\":\" \",\"start\":\"2026-12-04T14:00:00+09:00\"}|phone",
        "{\"store\":\"1000001\",\"name\":\"김\",\"phone\":\"01000000001\",\"start\":\"2026-12-04 14:00\"}|start",
        "{\"store\":\"1000001\",\"name\":\"김\",\"phone\":\"01000000001\",\"start\":\"2026-12-04T14:00:00+09:00\",\"minutes\":0}|minutes",
        "{\"store\":\"1000001\",\"name\":\"김\",\"phone\":\"01000000001\",\"start\":\"2026-12-04T14:00:00+09:00\",\"status\":\"done\"}|status",
        "{\"store\":\"1000001\",\"name\":\"김\",\"phone\":\"01000000001\",\"start\":\"2026-12-04T14:00:00+09:00\",\"options\":[{\"count\":1}]}|options[0].name",
        "{\"store\":\"1000001\",\"name\":\"김\",\"phone\":\"01000000001\",\"start\":\"2026-12-04T14:00:00+09:00\",\"options\":\"x\"}|options",
        "{\"store\":\"1000001\",\"name\":\"김\",\"phone\":\"01000000001\",\"start\":\"2026-12-04T14:00:00+09:00\",\"colour\":\"red\"}|colour",
        "not json|body",
        "[1]|body",
      })
  void badNewBooking_is400NamingTheField(String body, String field) {
    int before = HTTP.get("/_sim/state").json().path("bookings").size();
    ControlHttp.Answer answer = HTTP.post("/_sim/bookings", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().path("field").asText()).isEqualTo(field);
    assertThat(answer.json().path("error").asText()).startsWith(field + ": ");
    assertThat(HTTP.get("/_sim/state").json().path("bookings")).hasSize(before);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"{}|body", "{\"start\":\"tomorrow\"}|start", "{\"store\":\"1000002\"}|store"})
  void badChange_is400NamingTheField(String body, String field) {
    long id = add(BOOKING);
    ControlHttp.Answer answer = HTTP.post("/_sim/bookings/" + id, body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().path("field").asText()).isEqualTo(field);
  }
}
