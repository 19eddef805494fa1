package com.naversms.simulator;

import com.naversms.simulator.control.ControlApi;
import com.naversms.simulator.http.Route;
import com.naversms.simulator.naver.NaverSim;
import com.naversms.simulator.s3.S3Sim;
import com.naversms.simulator.sens.AlimTalkSim;
import com.naversms.simulator.sens.SensSim;
import com.naversms.simulator.slack.SlackSim;
import com.naversms.simulator.telegram.TelegramSim;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Naver (login pages and partner API), SENS (SMS and AlimTalk), Telegram and Slack on one loopback
 * HTTP server, routed by path, with fault injection and a record of every request. Requests under
 * {@code /_sim/} are the control API ({@link ControlApi}), for tests and operators outside the JVM.
 *
 * <pre>{@code
 * try (Simulator sim = Simulator.start()) {
 *   String base = sim.baseUrl(); // http://127.0.0.1:PORT, every adapter's base URL
 *   sim.faults().on(Routes.SENS_SEND).status(503).times(1);
 * }
 * }</pre>
 */
public final class Simulator implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final Dispatcher dispatcher;
  private final RequestJournal journal = new RequestJournal();
  private final Faults faults;
  private final NaverSim naver;
  private final SensSim sens;
  private final AlimTalkSim alimTalk;
  private final TelegramSim telegram;
  private final SlackSim slack;
  private final S3Sim s3;
  private final String baseUrl;

  private Simulator(SimulatorOptions options) throws IOException {
    this.server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 128);
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    this.naver = new NaverSim(options.clock(), baseUrl);
    this.sens = new SensSim(options.clock());
    this.alimTalk = new AlimTalkSim(sens, options.clock());
    this.telegram = new TelegramSim();
    this.slack = new SlackSim();
    this.s3 = new S3Sim(options.clock());
    List<Route> routes = new ArrayList<>();
    routes.addAll(naver.routes());
    routes.addAll(sens.routes());
    routes.addAll(alimTalk.routes());
    routes.addAll(telegram.routes());
    routes.addAll(slack.routes());
    routes.addAll(s3.routes());
    Set<String> names = routes.stream().map(Route::name).collect(Collectors.toSet());
    this.faults = new Faults(names);
    this.dispatcher =
        new Dispatcher(routes, journal, faults, options, new ControlApi(this, options.clock()));
    // Virtual threads: a delayed or held request never keeps others waiting.
    this.executor = Executors.newVirtualThreadPerTaskExecutor();
    server.createContext("/", dispatcher);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts on an ephemeral loopback port with default options. */
  public static Simulator start() {
    return start(SimulatorOptions.defaults());
  }

  public static Simulator start(SimulatorOptions options) {
    try {
      return new Simulator(options);
    } catch (IOException e) {
      throw new UncheckedIOException("simulator could not listen on port " + options.port(), e);
    }
  }

  /** {@code http://127.0.0.1:PORT}: the base URL of every simulated service. */
  public String baseUrl() {
    return baseUrl;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public NaverSim naver() {
    return naver;
  }

  public SensSim sens() {
    return sens;
  }

  /** Kakao AlimTalk through SENS (the same keys, its own service id). */
  public AlimTalkSim alimTalk() {
    return alimTalk;
  }

  public TelegramSim telegram() {
    return telegram;
  }

  public SlackSim slack() {
    return slack;
  }

  /** S3 (ListObjectsV2, GetObject, PutObject) at {@code baseUrl() + "/s3"}, path-style. */
  public S3Sim s3() {
    return s3;
  }

  public Faults faults() {
    return faults;
  }

  /** Every request the route received (faulted ones included), in arrival order. */
  public List<RecordedRequest> requests(String route) {
    return journal.of(route);
  }

  /**
   * The most requests of {@code route} that were open at once (received and not answered yet),
   * since the start or the last {@link #reset()}: what a client had in flight.
   */
  public int maxInFlight(String route) {
    return journal.maxOpen(route);
  }

  /** Clears faults, recorded requests and received messages; keeps bookings and sessions. */
  public void reset() {
    faults.clear();
    journal.clear();
    sens.clear();
    alimTalk.clear();
    telegram.clear();
    slack.clear();
  }

  @Override
  public void close() {
    dispatcher.stop();
    server.stop(0);
    executor.shutdownNow();
  }
}
