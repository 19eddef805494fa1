package com.naversms.core.cycle;

import java.time.LocalDate;
import java.util.List;

/**
 * The seam of the daily digest for what SENS learns after it accepted a message: carrier failures
 * and the day's cost. Nothing reads them yet (SENS delivery results are not fetched), so the cycle
 * uses {@link #none()}; an adapter that reads them adds its lines here (docs/operations.md 2.7).
 */
@FunctionalInterface
public interface CarrierReport {
  /** Korean lines for the digest of {@code day}, none when nothing is known. */
  List<String> lines(LocalDate day);

  static CarrierReport none() {
    return day -> List.of();
  }
}
