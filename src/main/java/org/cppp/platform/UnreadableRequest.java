package org.cppp.platform;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;

/**
 * A request whose parameters the server could not parse: a query string that is not UTF-8, a form
 * or multipart body cut off, too large, or without its boundary. The client's mistake, so a 4xx.
 */
final class UnreadableRequest extends RuntimeException {

  private final HttpStatus status;

  UnreadableRequest(Throwable cause) {
    super(cause.getMessage(), cause, false, false);
    this.status =
        cause instanceof InvalidParameterException invalid
                && invalid.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
            ? HttpStatus.CONTENT_TOO_LARGE
            : HttpStatus.BAD_REQUEST;
  }

  HttpStatus status() {
    return status;
  }
}
