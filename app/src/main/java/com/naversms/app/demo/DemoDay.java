package com.naversms.app.demo;

import com.naversms.core.cost.CostComparison;

/**
 * How a demo day ended: its exit code (0 when every cycle completed) and its messages' cost as
 * billed (AlimTalk where KakaoTalk took it, the SMS/LMS leg where SENS failed it over) beside the
 * same messages as SMS/LMS only, at the config's prices. The benchmark's cost row reads it
 * (docs/performance.md).
 */
public record DemoDay(int exitCode, CostComparison costs) {}
