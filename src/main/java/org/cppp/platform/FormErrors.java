package org.cppp.platform;

import org.cppp.shared.RuleViolation;
import org.springframework.validation.BindingResult;

/** Puts a business rule's refusal on the form field it concerns, or on the whole form. */
public final class FormErrors {

  private FormErrors() {}

  public static void reject(BindingResult result, RuleViolation violation) {
    if (violation.field() != null && result.getTarget() != null && hasField(result, violation)) {
      result.rejectValue(
          violation.field(), violation.messageKey(), violation.arguments(), violation.messageKey());
    } else {
      result.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
    }
  }

  private static boolean hasField(BindingResult result, RuleViolation violation) {
    try {
      result.getFieldType(violation.field());
      return result.getFieldType(violation.field()) != null;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
