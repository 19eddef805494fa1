package com.naversms.app.lambda;

import com.naversms.core.cycle.CycleResult;

/** One scheduled invocation's cycle: a fixed one, or one that follows the config in S3. */
@FunctionalInterface
interface CycleRun {
  CycleResult run(String requestId);
}
