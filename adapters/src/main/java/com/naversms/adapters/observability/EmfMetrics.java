package com.naversms.adapters.observability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.naversms.core.observability.MetricName;
import com.naversms.core.observability.Metrics;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link Metrics} in CloudWatch embedded metric format, written as lines of the same stream as the
 * logs (docs/design.md 7). In Lambda, CloudWatch Logs turns them into metrics; elsewhere they are
 * plain lines, so there is no agent, no socket and nothing keeps the process alive.
 *
 * <p>Values accumulate until {@link #flush()}: one document per namespace and set of dimension
 * values. Counts and amounts ({@link MetricName.Unit#additive()}) are summed; other units keep
 * every value (EMF value arrays), so a duration or a percentage is never added up. Thread safe.
 */
public final class EmfMetrics implements Metrics {
  public static final String SERVICE_DIMENSION = "Service";
  public static final String SERVICE = "naver-sms-automation";

  /**
   * The second dimension of every metric: which deployment emitted it ({@code
   * NAVER_SMS_ENVIRONMENT}; Terraform sets dev, staging or prod), so two environments in one
   * account never feed each other's alarms.
   */
  public static final String ENVIRONMENT_DIMENSION = "Environment";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintStream out;
  private final Clock clock;
  private final Map<String, String> baseDimensions;

  /** group (namespace + dimension values) → metric → values, in first-seen order. */
  private final Map<Group, Map<MetricName, List<Double>>> pending = new LinkedHashMap<>();

  /**
   * @param extraDimensions added to {@code Service} on every metric (e.g. {@code Environment})
   */
  public EmfMetrics(PrintStream out, Clock clock, Map<String, String> extraDimensions) {
    this.out = out;
    this.clock = clock;
    Map<String, String> dims = new LinkedHashMap<>();
    dims.put(SERVICE_DIMENSION, SERVICE);
    dims.putAll(extraDimensions);
    this.baseDimensions = Map.copyOf(dims);
  }

  /** Metrics under {@code Service} and {@code Environment = environment}. */
  public static EmfMetrics forEnvironment(PrintStream out, Clock clock, String environment) {
    return new EmfMetrics(out, clock, Map.of(ENVIRONMENT_DIMENSION, environment));
  }

  @Override
  public void add(MetricName metric, double value) {
    add(metric, value, Map.of());
  }

  @Override
  public synchronized void add(MetricName metric, double value, Map<String, String> dimensions) {
    Map<String, String> dims = new TreeMap<>(baseDimensions);
    dims.putAll(dimensions);
    pending
        .computeIfAbsent(new Group(metric.namespace(), dims), g -> new LinkedHashMap<>())
        .computeIfAbsent(metric, m -> new ArrayList<>())
        .add(value);
  }

  @Override
  public void flush() {
    List<String> lines = new ArrayList<>();
    synchronized (this) {
      long timestamp = clock.millis();
      pending.forEach((group, values) -> lines.add(document(group, values, timestamp)));
      pending.clear();
    }
    lines.forEach(out::println);
  }

  private static String document(Group group, Map<MetricName, List<Double>> values, long ts) {
    List<Map<String, String>> definitions = new ArrayList<>();
    Map<String, Object> doc = new LinkedHashMap<>();
    values.forEach((metric, list) -> {
      definitions.add(Map.of("Name", metric.metricName(), "Unit", metric.unit().emfName()));
      doc.put(metric.metricName(), valueOf(metric, list));
    });
    Map<String, Object> directive = new LinkedHashMap<>();
    directive.put("Namespace", group.namespace());
    directive.put("Dimensions", List.of(List.copyOf(group.dimensions().keySet())));
    directive.put("Metrics", definitions);
    Map<String, Object> aws = new LinkedHashMap<>();
    aws.put("Timestamp", ts);
    aws.put("CloudWatchMetrics", List.of(directive));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("_aws", aws);
    root.putAll(group.dimensions());
    root.putAll(doc);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("EMF document not serialisable", e);
    }
  }

  private static Object valueOf(MetricName metric, List<Double> list) {
    if (metric.unit().additive()) {
      return list.stream().mapToDouble(Double::doubleValue).sum();
    }
    return list.size() == 1 ? list.get(0) : List.copyOf(list);
  }

  private record Group(String namespace, Map<String, String> dimensions) {}
}
