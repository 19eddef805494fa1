package com.naversms.parity.validation;

/**
 * The performance line of the report.
 *
 * @param what what was measured, e.g. "one simulator cycle (demo wiring)" or "planning of the
 *     largest dataset (N bookings)"
 * @param peakHeapBytes the peak heap in use during the run (JVM memory pools), or -1 when unknown
 */
public record Performance(String what, long millis, long peakHeapBytes) {
  public static Performance notMeasured(String why) {
    return new Performance(why, -1, -1);
  }

  public String describe() {
    if (millis < 0) {
      return what;
    }
    String mem =
        peakHeapBytes < 0
            ? "peak heap unknown"
            : "peak heap " + peakHeapBytes / (1024 * 1024) + " MB";
    return what + ": " + millis + " ms, " + mem;
  }
}
