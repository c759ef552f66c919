package org.cppp.platform;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Figures computed by one aggregate query and kept for a short time, so that a metrics scrape runs
 * that query at most once per period however many gauges read from it (and however often it is
 * scraped).
 */
public final class CachedFigures<T> {

  private final Supplier<T> query;
  private final long keepNanos;
  private T figures;
  private long computedAt;

  public CachedFigures(Duration keep, Supplier<T> query) {
    this.query = query;
    this.keepNanos = keep.toNanos();
  }

  /** The figures, computed again when older than the period. */
  public synchronized T get() {
    long now = System.nanoTime();
    if (figures == null || now - computedAt > keepNanos) {
      figures = query.get();
      computedAt = now;
    }
    return figures;
  }
}
