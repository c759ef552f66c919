package org.cppp.committee;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A meeting's online link: members click it, so only an https address with a host (and no user
 * information) is accepted; {@code javascript:}, {@code data:}, plain {@code http:} and the like
 * are refused.
 */
final class OnlineLink {

  private OnlineLink() {}

  static boolean https(String link) {
    try {
      URI uri = new URI(link.strip());
      return "https".equalsIgnoreCase(uri.getScheme())
          && uri.getHost() != null
          && uri.getUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
