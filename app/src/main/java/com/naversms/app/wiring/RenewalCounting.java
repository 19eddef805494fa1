package com.naversms.app.wiring;

import com.naversms.adapters.naver.NaverSession;
import com.naversms.core.cycle.BookingSource;
import com.naversms.core.observability.MetricName;
import com.naversms.core.observability.Metrics;
import java.util.List;

/**
 * Counts the browser sign-ins that failed while fetching (the partner API refused the cookies and
 * the renewal failed) as {@code LoginFailures}, and those the rate limit held back as {@code
 * LoginsBlocked} (emitted every cycle that fetches, 0 included); a failure before fetching is
 * counted by the cycle.
 */
final class RenewalCounting implements BookingSource, AutoCloseable {
  private final BookingSource delegate;
  private final NaverSession session;
  private final Metrics metrics;

  RenewalCounting(BookingSource delegate, NaverSession session, Metrics metrics) {
    this.delegate = delegate;
    this.session = session;
    this.metrics = metrics;
  }

  @Override
  public List<StoreFetch> fetchAll(List<FetchRequest> requests) {
    int before = session.loginFailures().size();
    int heldBefore = session.blockedSignIns();
    try {
      return delegate.fetchAll(requests);
    } finally {
      int failed = session.loginFailures().size() - before;
      if (failed > 0) {
        metrics.add(MetricName.LOGIN_FAILURES, failed);
      }
      metrics.add(MetricName.LOGINS_BLOCKED, session.blockedSignIns() - heldBefore);
    }
  }

  @Override
  public int browserSignIns() {
    return session.browserLogins();
  }

  @Override
  public void close() throws Exception {
    if (delegate instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }
}
