package org.cppp.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's errors as RFC 9457 problem details. Bad input is a 400 whose {@code errors} list names
 * each field with a message in the caller's language; nothing is ever a 500 for a user's mistake.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

  private final MessageSource messages;

  ApiErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(RuleViolation.class)
  ProblemDetail ruleViolation(RuleViolation violation) {
    String message = messages.getMessage(violation, locale());
    return invalid(message, List.of(FieldError.of(violation.field(), message)));
  }

  /** 429 with {@code Retry-After}; more specific than {@link RuleViolation}, so it wins. */
  @ExceptionHandler(TooManyRequests.class)
  ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequests limited) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.TOO_MANY_REQUESTS, messages.getMessage(limited, locale()));
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds()))
        .body(problem);
  }

  @ExceptionHandler(StateConflict.class)
  ProblemDetail stateConflict(StateConflict conflict) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.CONFLICT, messages.getMessage(conflict, locale()));
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("error.concurrent"));
  }

  /**
   * A multipart body that cannot be parsed (no boundary, cut off before its closing boundary); a
   * body too large stays 413 (its own, more specific handler).
   */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail unreadableMultipart(MultipartException e) {
    return invalid(text("error.multipart"), List.of());
  }

  /** Parameters the server could not parse (see {@link UnreadableRequests}). */
  @ExceptionHandler(UnreadableRequest.class)
  ProblemDetail unreadable(UnreadableRequest e) {
    if (e.status() != HttpStatus.BAD_REQUEST) {
      return ProblemDetail.forStatusAndDetail(e.status(), text("error.too-large"));
    }
    return invalid(text("error.parameters"), List.of());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail conflict(DataIntegrityViolationException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("error.conflict"));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(e -> FieldError.of(e.getField(), messages.getMessage(e, locale())))
            .toList();
    String detail =
        text(
            "error.invalid-fields",
            String.join(", ", errors.stream().map(FieldError::field).distinct().toList()));
    return ResponseEntity.badRequest().body(invalid(detail, errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = JsonErrorPaths.fieldOf(ex);
    return unreadable(
        field, ex, JsonErrorPaths.unknownField(ex) ? "error.unknown-field" : "error.unreadable");
  }

  /** A query or path parameter the input parser refused, e.g. {@code asAt=20120101}. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field =
        ex instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : ex.getPropertyName();
    return unreadable(field, ex, "error.unreadable");
  }

  /**
   * A value that could not be read into its field: the input parser's reason when it refused it
   * ({@link InputRefusals}), else the message {@code key} naming the field.
   */
  private ResponseEntity<Object> unreadable(String field, Exception ex, String key) {
    RuleViolation refusal = InputRefusals.of(ex);
    String named = field == null && refusal != null ? refusal.field() : field;
    String message =
        refusal != null
            ? messages.getMessage(refusal, locale())
            : text(key, named == null ? "-" : named);
    String detail =
        refusal == null || named == null ? message : text("error.field", named, message);
    return ResponseEntity.badRequest()
        .body(invalid(detail, List.of(FieldError.of(named, message))));
  }

  private ProblemDetail invalid(String detail, List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(URI.create("about:blank"));
    problem.setProperty("errors", errors);
    return problem;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  /** One bad field and what is wrong with it. */
  record FieldError(String field, String message) {
    static FieldError of(String field, String message) {
      return new FieldError(field, message);
    }
  }
}
