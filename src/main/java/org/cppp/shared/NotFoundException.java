package org.cppp.shared;

/**
 * A record does not exist, or the current user may not know that it exists. Pages answer 404, the
 * API a problem detail with status 404.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object key) {
    super(what + " " + key + " not found");
  }
}
