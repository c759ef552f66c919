package org.cppp.platform;

import org.cppp.shared.RuleViolation;
import org.springframework.beans.PropertyAccessException;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A value a page form could not read (a letter in an amount, a malformed date) is reported like
 * every other form error: naming its field as the label shows it ({@link FormErrors}), with the
 * reason the input parser gave ({@link InputBinding}).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LabelledBindingErrors extends DefaultBindingErrorProcessor {

  @InitBinder
  void labelBindingErrors(WebDataBinder binder) {
    binder.setBindingErrorProcessor(this);
  }

  @Override
  public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
    String field = ex.getPropertyName();
    Object value = ex.getValue();
    if (ObjectUtils.isArray(value)) {
      value = StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(value));
    }
    RuleViolation refusal = InputRefusals.of(ex);
    FieldError error =
        new FieldError(
            result.getObjectName(),
            field,
            value,
            true,
            result.resolveMessageCodes(
                refusal == null ? ex.getErrorCode() : refusal.messageKey(), field),
            refusal == null
                ? getArgumentsForBindError(result.getObjectName(), field)
                : refusal.arguments(),
            ex.getLocalizedMessage());
    result.addError(FormErrors.labelled(result, error));
  }
}
