package org.cppp.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Moments shown as the programme's clock reads them, for templates: {@code
 * ${@time.format(e.receivedAt, 'yyyy-MM-dd HH:mm')}} and {@code ${@time.today()}}. Pages never name
 * a time zone themselves.
 */
@Component("time")
public class ProgrammeTime {

  private final Clock clock;

  ProgrammeTime(Clock clock) {
    this.clock = clock;
  }

  /** Today on the programme's clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The moment in the programme's time zone with {@code pattern}; none is empty. */
  public String format(Instant at, String pattern) {
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern(pattern).format(at.atZone(clock.getZone()));
  }
}
