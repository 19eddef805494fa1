package com.naversms.core.delivery;

import com.naversms.core.plan.Delivery;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a plan's deliveries, numbered in plan order: the order of the cycle's report,
 * whichever order the lanes ran them in.
 */
final class PlanSteps {
  private final List<Delivery> deliveries;
  private final int[] deliveryOf;
  private final List<Delivery.Step> steps;

  private PlanSteps(List<Delivery> deliveries, int[] deliveryOf, List<Delivery.Step> steps) {
    this.deliveries = deliveries;
    this.deliveryOf = deliveryOf;
    this.steps = steps;
  }

  static PlanSteps of(List<Delivery> deliveries) {
    List<Delivery.Step> steps = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int d = 0; d < deliveries.size(); d++) {
      for (Delivery.Step step : deliveries.get(d).steps()) {
        steps.add(step);
        owners.add(d);
      }
    }
    return new PlanSteps(
        deliveries, owners.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(steps));
  }

  int size() {
    return steps.size();
  }

  Delivery.Step step(int position) {
    return steps.get(position);
  }

  /** The index of the delivery the step at {@code position} belongs to. */
  int deliveryIndex(int position) {
    return deliveryOf[position];
  }

  Delivery delivery(int position) {
    return deliveries.get(deliveryOf[position]);
  }

  int deliveryCount() {
    return deliveries.size();
  }
}
