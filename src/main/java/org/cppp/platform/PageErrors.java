package org.cppp.platform;

import org.cppp.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Pages answer a missing (or not-yours) record with 404, a concurrent edit or a key taken at the
 * same moment with 409, and a public form sent too often with 429; a request whose parameters
 * cannot be read gets 400 from {@link UnreadableRequests}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }

  /** A public form sent too often from one address: a 429 page that says when to try again. */
  @ExceptionHandler(TooManyRequests.class)
  @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
  String tooManyRequests(TooManyRequests limited, Model model) {
    model.addAttribute("retryMinutes", limited.getArguments()[0]);
    return "error/429";
  }

  @ExceptionHandler({
    OptimisticLockingFailureException.class,
    DataIntegrityViolationException.class
  })
  @ResponseStatus(HttpStatus.CONFLICT)
  String concurrentChange() {
    return "error/409";
  }
}
