package org.cppp.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The programme's one clock: Hong Kong time. Every "today" and "now" in the system is read from the
 * injected {@link Clock}, so a test sets the date by giving its own.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

  /** The programme's time zone, for the places that need it as a constant (schedules). */
  public static final String ZONE = "Asia/Hong_Kong";

  @Bean
  Clock programmeClock() {
    return Clock.system(ZoneId.of(ZONE));
  }
}
