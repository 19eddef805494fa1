package com.naversms.app.console;

import com.naversms.core.ledger.CarrierResult;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.MessageState;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How a message's state and results read for the owner (Korean), and its CSS class. */
final class StateLabels {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY_HM = DateTimeFormatter.ofPattern("MM-dd HH:mm");

  private StateLabels() {}

  static String label(MessageState s) {
    return switch (s) {
      case CLAIMED -> "발송 중";
      case ACCEPTED -> "접수됨 (통신사 결과 대기)";
      case DELIVERED -> "전달됨";
      case FAILED_AT_CARRIER -> "통신사 전달 실패";
      case FAILED -> "실패 (다음 주기에 재시도)";
      case EXHAUSTED -> "실패 (재시도 끝)";
      case UNCERTAIN -> "불확실";
      case DEFERRED -> "보류";
      case CANCELLED -> "예약 취소로 안 보냄";
      case SUPPRESSED -> "보내지 않음";
      case RESOLVED_DELIVERED -> "전달 확인됨";
      case RESOLVED_NOT_DELIVERED -> "미전달 확인됨";
    };
  }

  /** {@code ok}, {@code wait}, {@code bad}, {@code warn} or {@code off}: the chip's colour. */
  static String tone(MessageState s) {
    return switch (s) {
      case DELIVERED, RESOLVED_DELIVERED -> "ok";
      case CLAIMED, ACCEPTED -> "wait";
      case FAILED, EXHAUSTED, FAILED_AT_CARRIER -> "bad";
      case UNCERTAIN, DEFERRED, RESOLVED_NOT_DELIVERED -> "warn";
      case CANCELLED, SUPPRESSED -> "off";
    };
  }

  /** Whether the owner may act on it: resend a failed one, resolve an uncertain one. */
  static boolean needsAction(MessageState s) {
    return switch (s) {
      case UNCERTAIN, FAILED, EXHAUSTED, FAILED_AT_CARRIER, RESOLVED_NOT_DELIVERED -> true;
      default -> false;
    };
  }

  /** {@code LMS}, {@code SMS}, or another channel's name before the type ({@code ALIMTALK}). */
  static String channel(LedgerEntry e) {
    String channel = e.message().channel().toUpperCase(java.util.Locale.ROOT);
    String type = e.message().type();
    if (channel.isEmpty() || channel.equals("SMS")) {
      return type.isEmpty() ? "SMS" : type;
    }
    return type.isEmpty() ? channel : channel + "/" + type;
  }

  static String carrier(LedgerEntry e) {
    CarrierResult c = e.carrier();
    if (c == null) {
      return e.state() == MessageState.ACCEPTED ? "통신사 결과 대기" : "";
    }
    return (c.delivered() ? "통신사: 성공" : "통신사: 실패 " + c.code() + " " + c.name())
        + (c.telco().isEmpty() ? "" : " (" + c.telco() + ")");
  }

  static String time(Instant at) {
    return at == null ? "" : LocalDateTime.ofInstant(at, SEOUL).format(HM);
  }

  static String dayTime(Instant at) {
    return at == null ? "" : LocalDateTime.ofInstant(at, SEOUL).format(DAY_HM);
  }
}
