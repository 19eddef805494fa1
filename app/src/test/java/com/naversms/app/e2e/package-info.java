/**
 * The end-to-end harness: the product run as a user runs it, against the simulator run as an
 * operator runs it, both as child processes ({@code bin/naver-sms}).
 *
 * <ul>
 *   <li>{@link com.naversms.app.e2e.SimulatorProcess#start(String...)}: {@code bin/naver-sms
 *       simulator --port 0 ...}; {@code env()} is its export block, {@code control()} its control
 *       API ({@link com.naversms.app.e2e.SimControl}: state, bookings, faults, outcomes, sessions,
 *       reset).
 *   <li>{@link com.naversms.app.e2e.Product#run}: one {@code bin/naver-sms} child to its end, a
 *       {@link com.naversms.app.e2e.Result}; {@link com.naversms.app.e2e.Product#start}: a running
 *       {@link com.naversms.app.e2e.Child} (daemon) with {@code signal("TERM")}, {@code
 *       waitFor(timeout)}, {@code awaitStdout/awaitStderr}; {@link
 *       com.naversms.app.e2e.Product#shell}: a bash script, as an operator's shell.
 *   <li>{@link com.naversms.app.e2e.OutputScan#assertNoFullPhone}: no full phone number in what a
 *       child printed.
 * </ul>
 *
 * <p>Test classes are named {@code *E2ETest}; app/pom.xml runs them after {@code package} (the
 * {@code e2e} execution of surefire), so bin/naver-sms finds app/target/naver-sms.jar. Run one:
 * {@code ./mvnw -B verify -pl app -am -Dtest='MyE2ETest' -Dsurefire.failIfNoSpecifiedTests=false}.
 * Every child gets {@code NAVER_SMS_JVM_CACHE=off} and none of the developer's product variables;
 * every wait has a timeout; a failing test prints every child's stdout and stderr; children left
 * running are killed with what they started (Chromium) at the end of the class.
 */
package com.naversms.app.e2e;
