package com.naversms.bench.report;

/**
 * One line of the final table: the figure, its target, what was measured and the ratio measured ÷
 * target (≤ 1 meets it). Printed as {@code ROW|figure|target|measured|ratio|verdict} for bin/bench,
 * which exits 1 when a verdict is {@code MISSED}. An {@code open} row is a raised target (issue 19)
 * not worked on yet: its ratio is shown, and it is not gated until the work lands.
 */
public record Row(String figure, String target, String measured, double ratio, boolean open) {

  public Row(String figure, String target, String measured, double ratio) {
    this(figure, target, measured, ratio, false);
  }

  /** A raised target not worked on yet: shown, not gated. */
  public static Row open(String figure, String target, String measured, double ratio) {
    return new Row(figure, target, measured, ratio, true);
  }

  public String verdict() {
    if (Double.isNaN(ratio)) {
      return open ? "open" : "info";
    }
    if (ratio <= 1.0) {
      return "met";
    }
    return open ? "open" : "MISSED";
  }

  public String line() {
    return String.join(
        "|",
        "ROW",
        figure,
        target,
        measured,
        Double.isNaN(ratio) ? "–" : String.format("%.2f", ratio),
        verdict());
  }
}
