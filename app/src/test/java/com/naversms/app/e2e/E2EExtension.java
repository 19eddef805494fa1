package com.naversms.app.e2e;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Registered for every test of the app module (src/test/resources/META-INF/services, autodetection
 * on in junit-platform.properties):
 *
 * <ul>
 *   <li>runs {@code *E2ETest} classes only in the E2E execution (system property {@code
 *       naversms.e2e=true}, set by app/pom.xml after the jar is packaged) and every other class
 *       only outside it, so {@code -Dtest=A,BE2ETest} runs each once, in its phase;
 *   <li>prints the output of every child a class started when one of its tests fails;
 *   <li>kills the children a class left running when it ends, and scans the output of those no
 *       {@link Child#waitFor} scanned ({@link OutputScan}).
 * </ul>
 */
public final class E2EExtension implements ExecutionCondition, TestWatcher, AfterAllCallback {
  static final String PHASE_PROPERTY = "naversms.e2e";
  private static final int MAX_CHARS = 200_000;
  private static final List<Child> CHILDREN = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> CHILDREN.forEach(Child::close), "e2e-children"));
  }

  static void register(Child child) {
    CHILDREN.add(child);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (context.getTestClass().isEmpty()) {
      return ConditionEvaluationResult.enabled("not a class");
    }
    boolean e2eClass = isE2E(context.getTestClass().get());
    boolean e2ePhase = Boolean.getBoolean(PHASE_PROPERTY);
    if (e2eClass == e2ePhase) {
      return ConditionEvaluationResult.enabled("in its phase");
    }
    return ConditionEvaluationResult.disabled(
        e2eClass
            ? "E2E tests run after the jar is packaged (the e2e execution of `./mvnw verify`)"
            : "unit tests ran in the test phase");
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (CHILDREN.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder();
    out.append("===== ").append(context.getDisplayName()).append(" failed; its children:\n");
    for (Child child : CHILDREN) {
      String dump = child.dump();
      out.append(
          dump.length() > MAX_CHARS ? "…" + dump.substring(dump.length() - MAX_CHARS) : dump);
    }
    System.err.println(out);
  }

  /**
   * Kills what is left, then scans the output of every child no {@link Child#waitFor} scanned (a
   * daemon closed while running), and forgets what the class watched.
   */
  @Override
  public void afterAll(ExtensionContext context) {
    for (Child child : CHILDREN) {
      child.close();
    }
    try {
      for (Child child : CHILDREN) {
        child.scan();
      }
    } finally {
      CHILDREN.clear();
      OutputScan.forget();
    }
  }

  private static boolean isE2E(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (c.getSimpleName().endsWith("E2ETest")) {
        return true;
      }
    }
    return false;
  }
}
