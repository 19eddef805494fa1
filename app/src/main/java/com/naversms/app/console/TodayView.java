package com.naversms.app.console;

import com.naversms.core.booking.Booking;
import com.naversms.core.booking.Store;
import com.naversms.core.cycle.LastCycle;
import com.naversms.core.cycle.LivePreview;
import com.naversms.core.ledger.LedgerEntry;
import com.naversms.core.ledger.LedgerKey;
import com.naversms.core.ledger.LedgerQuery;
import com.naversms.core.ledger.MessageState;
import com.naversms.core.plan.Delivery;
import com.naversms.core.plan.Skip;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the Today page shows: every store's bookings of the Korean day with their messages from the
 * ledger, the messages the next cycle will send (a read-only live preview at the next :00/:20/:40,
 * kept for a minute), the ones quiet hours hold back, and the header's numbers. Without a working
 * Naver session the bookings come from the ledger alone.
 */
final class TodayView {
  static final Duration PREVIEW_KEPT = Duration.ofSeconds(60);

  /** One message the next cycle sends. */
  record Due(String rule, String template, LocalDateTime at) {}

  /**
   * One booking of the day. {@code name} and {@code phone} are empty when only the ledger knew it.
   */
  record Row(
      String bookingNum,
      String storeId,
      LocalDateTime start,
      String name,
      String phone,
      List<LedgerEntry> messages,
      List<Due> due,
      List<String> deferred) {}

  record StoreDay(String storeId, String storeName, List<Row> rows) {}

  /** The header: the last cycle, today's sent and failed messages, every uncertain one, Naver. */
  record Numbers(
      Optional<LastCycle> last, int sentToday, int failedToday, int uncertain, String naver) {}

  record Day(LocalDate date, Numbers numbers, List<StoreDay> stores, LocalDateTime nextCycle) {}

  private final Console console;
  private Instant previewAt = Instant.EPOCH;
  private String previewHash = "";
  private LivePreview.Outcome preview;

  TodayView(Console console) {
    this.console = console;
  }

  Numbers numbers() {
    return numbers(
        console.wiring().persistence().ledger().find(LedgerQuery.all().withDate(opened())));
  }

  Day day() {
    LocalDate today = console.day();
    LocalDateTime next = LocalDateTime.ofInstant(console.nextCycle(), Booking.SEOUL);
    var ledger = console.wiring().persistence().ledger();
    List<LedgerEntry> openedToday = ledger.find(LedgerQuery.all().withDate(opened()));
    LivePreview.Outcome outcome = preview(next);

    Map<String, Row> rows = new LinkedHashMap<>();
    if (outcome instanceof LivePreview.Outcome.Previewed p) {
      for (Booking b : p.bookings()) {
        if (!b.startLocal().toLocalDate().equals(today)) {
          continue;
        }
        List<LedgerEntry> messages = ledger.find(LedgerQuery.all().withBooking(b.bookingNum()));
        rows.put(
            b.bookingNum(),
            new Row(
                b.bookingNum(),
                b.storeId(),
                b.startLocal(),
                b.name(),
                b.phone(),
                messages,
                due(p, b.bookingNum(), next),
                deferred(p, b.bookingNum())));
      }
    }
    // bookings the preview did not return (no session, or only the ledger knows them)
    Map<String, List<LedgerEntry>> rest = new TreeMap<>();
    for (LedgerEntry e : openedToday) {
      if (!rows.containsKey(e.key().bookingNum()) && slotDay(e.key()).equals(Optional.of(today))) {
        rest.computeIfAbsent(e.key().bookingNum(), k -> new ArrayList<>()).add(e);
      }
    }
    rest.forEach((num, entries) -> {
      String store = num.contains("_") ? num.substring(0, num.indexOf('_')) : "";
      rows.put(
          num,
          new Row(
              num,
              store,
              LocalDateTime.parse(entries.getFirst().key().slot()),
              "",
              entries.getFirst().message().phone(),
              entries,
              List.of(),
              List.of()));
    });

    List<StoreDay> stores = new ArrayList<>();
    for (Store s : console.configuration().stores().all()) {
      List<Row> mine =
          rows.values().stream()
              .filter(r -> r.storeId().equals(s.id()))
              .sorted(Comparator.comparing(Row::start).thenComparing(Row::bookingNum))
              .toList();
      stores.add(new StoreDay(s.id(), s.name() == null ? s.id() : s.name(), mine));
    }
    return new Day(today, numbers(openedToday), stores, next);
  }

  /** The live preview at the next slot (kept for a minute), when it worked. */
  Optional<LivePreview.Outcome.Previewed> previewed() {
    return preview(LocalDateTime.ofInstant(console.nextCycle(), Booking.SEOUL))
            instanceof LivePreview.Outcome.Previewed p
        ? Optional.of(p)
        : Optional.empty();
  }

  /** The bookings the live preview fetched (today and the fetch window); none without a session. */
  List<Booking> seen() {
    return previewed().map(LivePreview.Outcome.Previewed::bookings).orElse(List.of());
  }

  private Numbers numbers(List<LedgerEntry> today) {
    int sent = 0;
    int failed = 0;
    for (LedgerEntry e : today) {
      switch (e.state()) {
        case ACCEPTED, DELIVERED, RESOLVED_DELIVERED -> sent++;
        case FAILED, EXHAUSTED, FAILED_AT_CARRIER -> failed++;
        default -> {}
      }
    }
    int uncertain =
        console
            .wiring()
            .persistence()
            .ledger()
            .find(LedgerQuery.all().withState(MessageState.UNCERTAIN))
            .size();
    return new Numbers(
        console.wiring().persistence().cycles().last(), sent, failed, uncertain, naver());
  }

  private synchronized String naver() {
    if (preview == null) {
      return console.wiring().persistence().session().load().isPresent()
          ? "저장된 세션 있음 (아직 확인 전)"
          : "저장된 세션 없음: 다음 주기에 로그인합니다";
    }
    return switch (preview) {
      case LivePreview.Outcome.Previewed p ->
          p.failures().isEmpty()
              ? "정상: 저장된 세션으로 예약을 읽었습니다"
              : "정상, 매장 " + p.failures().size() + "곳 조회 실패";
      case LivePreview.Outcome.Stopped s ->
          s.noSession() ? "세션 만료: 다음 주기에 다시 로그인합니다" : "확인 실패: " + s.reason();
    };
  }

  private synchronized LivePreview.Outcome preview(LocalDateTime next) {
    Instant now = console.clock().instant();
    String hash = console.configHash();
    if (preview == null
        || !hash.equals(previewHash)
        || Duration.between(previewAt, now).compareTo(PREVIEW_KEPT) > 0) {
      try {
        preview =
            console
                .wiring()
                .preview(console.configuration())
                .preview(
                    "console-" + Sessions.token().substring(0, 8),
                    next.atZone(Booking.SEOUL).toInstant(),
                    id -> true);
      } catch (RuntimeException e) {
        preview = new LivePreview.Outcome.Stopped(e.getMessage(), false);
      }
      previewAt = now;
      previewHash = hash;
    }
    return preview;
  }

  private static List<Due> due(
      LivePreview.Outcome.Previewed p, String bookingNum, LocalDateTime next) {
    List<Due> out = new ArrayList<>();
    for (Delivery d : p.plan().deliveries()) {
      if (!bookingNum.equals(d.bookingNum())) {
        continue;
      }
      for (Delivery.Step step : d.steps()) {
        if (step instanceof Delivery.Send send) {
          out.add(new Due(d.rule(), send.template(), next));
        }
      }
    }
    return out;
  }

  private static List<String> deferred(LivePreview.Outcome.Previewed p, String bookingNum) {
    List<String> out = new ArrayList<>();
    for (Skip s : p.plan().skipped()) {
      if (bookingNum.equals(s.bookingNum()) && s.condition().equals("quiet_hours")) {
        out.add(s.rule() + ": " + s.reason());
      }
    }
    return out;
  }

  private static Optional<LocalDate> slotDay(LedgerKey key) {
    try {
      return Optional.of(LocalDateTime.parse(key.slot()).toLocalDate());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The Korean day of the clock: the ledger's entries are opened at the clock's time. */
  private LocalDate opened() {
    return LocalDate.now(console.clock().withZone(Booking.SEOUL));
  }
}
