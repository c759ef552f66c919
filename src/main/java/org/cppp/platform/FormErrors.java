package org.cppp.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cppp.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.SmartValidator;

/**
 * Puts errors on a page form so that each names its field as the label shows it ({@link
 * FieldLabels}, message {@code form.error.labelled}): a business rule's refusal, a constraint the
 * command breaks, and (through {@link LabelledBindingErrors}) a value that could not be read.
 */
public final class FormErrors {

  private static final String LABELLED = "form.error.labelled";

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private FormErrors() {}

  public static void reject(BindingResult result, RuleViolation violation) {
    if (violation.field() != null && result.getTarget() != null && hasField(result, violation)) {
      result.addError(
          labelled(
              result,
              new FieldError(
                  result.getObjectName(),
                  violation.field(),
                  result.getRawFieldValue(violation.field()),
                  false,
                  new String[] {violation.messageKey()},
                  violation.arguments(),
                  violation.messageKey())));
    } else {
      result.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
    }
  }

  /** Validates the command onto the form's result, each field error labelled. */
  public static void validate(SmartValidator validator, Object command, BindingResult result) {
    validate(validator, command, result, "");
  }

  /**
   * Validates a part of the form (e.g. one line of a list) whose fields sit under {@code path} in
   * the form ({@code "costItems[2]."}); its errors land on the form's fields, labelled.
   */
  public static void validate(
      SmartValidator validator, Object command, BindingResult result, String path) {
    BeanPropertyBindingResult scratch =
        new BeanPropertyBindingResult(command, result.getObjectName());
    validator.validate(command, scratch);
    scratch.getGlobalErrors().forEach(result::addError);
    for (FieldError error : scratch.getFieldErrors()) {
      result.addError(
          labelled(
              result,
              new FieldError(
                  error.getObjectName(),
                  path + error.getField(),
                  error.getRejectedValue(),
                  error.isBindingFailure(),
                  error.getCodes(),
                  error.getArguments(),
                  error.getDefaultMessage())));
    }
  }

  /**
   * The form's errors as a reader sees them: each field error preceded by its field's label (a
   * constraint checked by {@code @Valid} on a form that shows no errors of its own is not yet).
   */
  static List<ObjectError> labelledErrors(BindingResult result) {
    return result.getAllErrors().stream()
        .map(e -> e instanceof FieldError field && !isLabelled(field) ? labelled(result, field) : e)
        .toList();
  }

  private static boolean isLabelled(FieldError error) {
    return error.getCodes() != null
        && error.getCodes().length > 0
        && LABELLED.equals(error.getCodes()[0]);
  }

  /** The error, its message preceded by its field's label. */
  static FieldError labelled(BindingResult result, FieldError error) {
    return new FieldError(
        error.getObjectName(),
        error.getField(),
        error.getRejectedValue(),
        error.isBindingFailure(),
        labelledCodes(error),
        new Object[] {label(result, error.getField()), error},
        error.getDefaultMessage());
  }

  /**
   * The labelled message first (it is the one resolved), then the error's own codes, so the error
   * still says which rule refused the field ({@link FieldError#getCode()} is the last).
   */
  private static String[] labelledCodes(FieldError error) {
    String[] own = error.getCodes() == null ? new String[0] : error.getCodes();
    String[] codes = new String[own.length + 1];
    codes[0] = LABELLED;
    System.arraycopy(own, 0, codes, 1, own.length);
    return codes;
  }

  /** The label of a field of this form, as a message to resolve in the user's language. */
  static DefaultMessageSourceResolvable label(BindingResult result, String field) {
    Object target = result.getTarget();
    FieldLabels labels = target == null ? null : target.getClass().getAnnotation(FieldLabels.class);
    String name = result.getObjectName();
    List<String> prefixes =
        labels != null
            ? List.of(labels.value())
            : List.of(name, name.endsWith("Form") ? name.substring(0, name.length() - 4) : name);
    List<Object> lines = new ArrayList<>();
    Matcher index = INDEX.matcher(field);
    while (index.find()) {
      lines.add(Integer.parseInt(index.group(1)) + 1);
    }
    String path = INDEX.matcher(field).replaceAll("");
    return new DefaultMessageSourceResolvable(
        prefixes.stream().map(p -> p + "." + path).distinct().toArray(String[]::new),
        lines.toArray(),
        path);
  }

  private static boolean hasField(BindingResult result, RuleViolation violation) {
    try {
      return result.getFieldType(violation.field()) != null;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
