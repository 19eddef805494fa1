package com.naversms.simulator.naver;

import com.fasterxml.jackson.core.type.TypeReference;
import com.naversms.simulator.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bookings the simulated partner API serves, in the partner API's own JSON shape. */
public final class Scenario {
  private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {};
  private final List<Map<String, Object>> bookings;

  private Scenario(List<Map<String, Object>> bookings) {
    this.bookings = List.copyOf(bookings);
  }

  /** No bookings at all. */
  public static Scenario empty() {
    return new Scenario(List.of());
  }

  /**
   * Made-up bookings on {@code day} (Korean date), the same for the same seed: per store {@code
   * bookingsPerStore} slots between 10:00 and 21:00 KST; the earliest fifth are completed (RC08),
   * the rest confirmed (RC03); some pick review-event options (네이버/인스타/원본) or 전문가 보정.
   */
  public static Scenario generated(
      long seed, List<String> storeIds, int bookingsPerStore, LocalDate day) {
    return new Scenario(new BookingGenerator(seed, day).generate(storeIds, bookingsPerStore));
  }

  /** Reads a JSON array of partner-API booking objects from a file. */
  public static Scenario fromJson(Path file) {
    try {
      return fromJson(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bookings file " + file, e);
    }
  }

  /** Reads a JSON array of partner-API booking objects. */
  public static Scenario fromJson(String json) {
    try {
      return new Scenario(Json.MAPPER.readValue(json, LIST));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "bookings JSON is not an array of objects: " + e.getMessage(), e);
    }
  }

  /** The bookings, in the order given. */
  public List<Map<String, Object>> bookings() {
    return bookings;
  }

  /** Store id (the booking's businessId) to that store's bookings. */
  public Map<String, List<Map<String, Object>>> byStore() {
    Map<String, List<Map<String, Object>>> stores = new LinkedHashMap<>();
    for (Map<String, Object> booking : bookings) {
      String store = String.valueOf(booking.get("businessId"));
      stores.computeIfAbsent(store, s -> new ArrayList<>()).add(booking);
    }
    return stores;
  }

  /** This scenario's bookings as the partner API's JSON array. */
  public String toJson() {
    return new String(Json.bytes(bookings), java.nio.charset.StandardCharsets.UTF_8);
  }
}
