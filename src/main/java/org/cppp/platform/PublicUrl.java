package org.cppp.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The system's public address ({@code cppp.public-url}), the only base of an absolute link in a
 * mail or a page: a request's {@code Host} header is the sender's to choose, so it never is.
 */
@Component
public class PublicUrl {

  private final String base;

  PublicUrl(@Value("${cppp.public-url:http://localhost:8080}") String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The absolute link to a path of this system, e.g. {@code /events/registrations/x/cancel}. */
  public String link(String path) {
    return base + (path.startsWith("/") ? path : "/" + path);
  }
}
