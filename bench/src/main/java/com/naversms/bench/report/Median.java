package com.naversms.bench.report;

import java.util.List;

/** The median of several runs (the mean of the two middle ones for an even count). */
public final class Median {
  private Median() {}

  public static double of(List<? extends Number> values) {
    double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    int n = sorted.length;
    if (n == 0) {
      throw new IllegalArgumentException("no runs");
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
