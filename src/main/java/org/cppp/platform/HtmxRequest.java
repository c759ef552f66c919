package org.cppp.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells an htmx request (which wants a fragment of a page) from a full page load, so a handler
 * returns {@code "factory/list :: results"} or {@code "factory/list"} from the same template.
 */
public final class HtmxRequest {

  private HtmxRequest() {}

  public static boolean is(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"))
        && !"true".equals(request.getHeader("HX-Boosted"));
  }

  /** The whole page, or only the named fragment of it for htmx. */
  public static String view(HttpServletRequest request, String template, String fragment) {
    return is(request) ? template + " :: " + fragment : template;
  }
}
