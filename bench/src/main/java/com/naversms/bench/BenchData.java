package com.naversms.bench;

import com.naversms.adapters.naver.BookingJson;
import com.naversms.adapters.naver.BookingRead;
import com.naversms.core.booking.Booking;
import com.naversms.core.config.ConfigLoader;
import com.naversms.core.rules.Configuration;
import com.naversms.simulator.naver.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Made-up inputs of a given size for the benchmarks: bookings from the simulator's generator,
 * rules.
 */
public final class BenchData {
  public static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  private BenchData() {}

  /** {@code count} bookings spread over {@code stores} made-up stores (ids from 1000001). */
  public static List<Booking> bookings(int count, int stores) {
    List<String> ids = storeIds(stores);
    Scenario s = Scenario.generated(42, ids, (count + stores - 1) / stores, DAY);
    BookingRead read = BookingJson.read(s.toJson(), "bench scenario");
    if (!read.problems().isEmpty()) {
      throw new IllegalStateException("generated bookings unreadable: " + read.problems().get(0));
    }
    return read.bookings().subList(0, Math.min(count, read.bookings().size()));
  }

  public static List<String> storeIds(int stores) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < stores; i++) {
      ids.add(Integer.toString(1000001 + i));
    }
    return ids;
  }

  /**
   * The shipped config ({@code config/}) with its rules padded to {@code ruleCount} by generated
   * rules that mix store, option, time and flag conditions, as an operator's would.
   */
  public static Configuration configWithRules(Path shippedConfig, int ruleCount) {
    try {
      Path dir = Files.createTempDirectory("bench-config");
      try (Stream<Path> files = Files.list(shippedConfig)) {
        for (Path f : files.toList()) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
      int shipped = ConfigLoader.load(dir).rules().size();
      StringBuilder extra = new StringBuilder();
      for (int i = shipped; i < ruleCount; i++) {
        extra.append(generatedRule(i));
      }
      Files.writeString(
          dir.resolve("rules.yaml"), Files.readString(dir.resolve("rules.yaml")) + extra);
      Configuration config = ConfigLoader.load(dir);
      if (config.rules().size() != ruleCount) {
        throw new IllegalStateException(
            "expected " + ruleCount + " rules, got " + config.rules().size());
      }
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String generatedRule(int i) {
    return """

      - name: "Bench rule %d"
        enabled: true
        conditions:
          - type: "any"
            conditions:
              - type: "store_id_matches"
                params:
                  store_ids: ["%d"]
              - type: "has_option_keyword"
                params:
                  keywords: ["%s"]
          - type: "time_before_booking"
            params:
              hours: %d
          - type: "flag_not_set"
            params:
              flag: "custom_bench_%d"
        actions:
          - type: "send_sms"
            params:
              template: "confirmation"
          - type: "update_flag"
            params:
              flag: "custom_bench_%d"
              value: true
    """
        .formatted(i, 1000001 + i % 3, i % 2 == 0 ? "네이버" : "보정", 1 + i % 3, i, i);
  }
}
