package org.cppp.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.cppp.platform.ClockConfiguration;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The programme's clock in tests: Hong Kong time as it passes, unless a test sets the date ({@link
 * #setDate}) and puts it back afterwards ({@link #reset}, in an {@code @AfterEach}). Every facade
 * reads today from the injected {@link Clock}, so a test that sets the date sees every rule judged
 * on it; a test that reads "today" for its own data asks this clock too, never the JVM's default
 * zone.
 */
@TestComponent
@Primary
public class TestClock extends Clock {

  private static final ZoneId ZONE = ZoneId.of(ClockConfiguration.ZONE);

  private volatile Clock current = Clock.system(ZONE);

  /** Today in Hong Kong on this clock. */
  public LocalDate today() {
    return LocalDate.now(this);
  }

  /** Stops the clock at 10:00 Hong Kong time on {@code date}. */
  public void setDate(LocalDate date) {
    current = Clock.fixed(date.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant(), ZONE);
  }

  /** Hong Kong time as it passes again. */
  public void reset() {
    current = Clock.system(ZONE);
  }

  @Override
  public ZoneId getZone() {
    return ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return current.withZone(zone);
  }

  @Override
  public Instant instant() {
    return current.instant();
  }
}
