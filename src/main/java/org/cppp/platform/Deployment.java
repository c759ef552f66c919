package org.cppp.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How this instance runs: on the embedded database (the development and demo default) or on a
 * configured server, and whether the demo programme is loaded.
 */
@Component
public class Deployment {

  static final String DATASOURCE_URL = "spring.datasource.url";

  private final boolean embedded;
  private final boolean demo;

  Deployment(Environment environment) {
    this.embedded = usesEmbeddedDatabase(environment);
    this.demo = environment.getProperty("cppp.demo", Boolean.class, embedded);
  }

  static boolean usesEmbeddedDatabase(Environment environment) {
    String url = environment.getProperty(DATASOURCE_URL);
    return url == null || url.isBlank();
  }

  public boolean embedded() {
    return embedded;
  }

  public boolean demo() {
    return demo;
  }
}
