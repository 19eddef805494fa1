package com.naversms.bench.report;

/**
 * One line of the final table: the figure, its target, what was measured and the ratio measured ÷
 * target (≤ 1 meets it). Printed as {@code ROW|figure|target|measured|ratio|verdict} for bin/bench.
 */
public record Row(String figure, String target, String measured, double ratio) {

  public String verdict() {
    if (Double.isNaN(ratio)) {
      return "info";
    }
    return ratio <= 1.0 ? "met" : "MISSED";
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
