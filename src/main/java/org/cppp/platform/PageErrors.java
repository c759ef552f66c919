package org.cppp.platform;

import java.util.Locale;
import java.util.stream.Collectors;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Pages answer a missing (or not-yours) record with 404, a concurrent edit or a key taken at the
 * same moment with 409, a public form sent too often with 429, and input the parser refused with
 * 400 naming the field (a request whose parameters cannot be read at all gets 400 from {@link
 * UnreadableRequests}).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

  private final MessageSource messages;

  PageErrors(MessageSource messages) {
    this.messages = messages;
  }

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

  /**
   * A parameter the input parser refused ({@code ?financialYear=20}, {@code ?asAt=20120101}) or a
   * rule a page handler did not turn into a form error: a 400 page that says which field and why.
   */
  @ExceptionHandler({RuleViolation.class, MethodArgumentTypeMismatchException.class})
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badInput(Exception error, Model model, Locale locale) {
    RuleViolation refusal = InputRefusals.of(error);
    String field =
        error instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : refusal == null ? null : refusal.field();
    String reason =
        refusal == null
            ? messages.getMessage("typeMismatch", null, locale)
            : messages.getMessage(refusal, locale);
    model.addAttribute(
        "problem",
        field == null
            ? reason
            : messages.getMessage("error.field", new Object[] {field, reason}, locale));
    return "error/400";
  }

  /**
   * A form whose handler shows no errors of its own (the application page's payment and action
   * forms) with a value the parser refused: a 400 page naming each such field as its label shows it
   * ({@link LabelledBindingErrors}), instead of the container's bare 400.
   */
  @ExceptionHandler(BindException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String unreadableForm(BindException error, Model model, Locale locale) {
    model.addAttribute(
        "problem",
        FormErrors.labelledErrors(error).stream()
            .map(e -> messages.getMessage(e, locale))
            .distinct()
            .collect(Collectors.joining(" ")));
    return "error/400";
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
