package org.cppp.platform;

import java.util.Optional;
import java.util.function.Supplier;
import org.cppp.shared.RuleViolation;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;

/**
 * The one way a page form is processed: validate the command onto the form's binding result, and
 * only if it is valid, save it; a business rule's refusal lands on its field. Empty when the form
 * must be shown again with its errors.
 */
public final class FormSubmission {

  private FormSubmission() {}

  /** As {@link #save}, for a change that returns nothing: whether it was made. */
  public static boolean run(
      SmartValidator validator, Object command, BindingResult result, Runnable change) {
    return save(
            validator,
            command,
            result,
            () -> {
              change.run();
              return Boolean.TRUE;
            })
        .isPresent();
  }

  public static <T> Optional<T> save(
      SmartValidator validator, Object command, BindingResult result, Supplier<T> save) {
    FormErrors.validate(validator, command, result);
    if (result.hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(save.get());
    } catch (RuleViolation violation) {
      FormErrors.reject(result, violation);
      return Optional.empty();
    }
  }
}
