package org.cppp.support;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Client addresses for MockMvc requests: public forms are rate-limited per client address, so a
 * test sends from its own address and never shares an allowance with another test.
 */
public final class ClientAddresses {

  private ClientAddresses() {}

  /** Sends the request from this remote address. */
  public static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  /** A random private address, practically never the same twice in a test run. */
  public static String anyAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }
}
