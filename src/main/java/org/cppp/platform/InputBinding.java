package org.cppp.platform;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.cppp.shared.DateInput;
import org.cppp.shared.DecimalInput;
import org.cppp.shared.RuleViolation;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Numbers, dates and text in page forms and query parameters are read by the same parsers as JSON
 * bodies and CSV cells ({@link InputJson}): a decimal in plain notation (at most 12 integer digits
 * and 6 decimals; a field's own {@code @Digits} then narrows it), a date only as ISO {@code
 * yyyy-MM-dd} in the programme's range, text without control characters ({@link TextInput}).
 * Editors on every binder, because a failed conversion would otherwise fall back to Spring's
 * lenient default editor, which reads {@code 1E+1000000}. A refusal reaches the form as an error
 * naming the field ({@link LabelledBindingErrors}) and the API as a 400.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class InputBinding {

  @InitBinder
  void parseNumbersDatesAndText(WebDataBinder binder) {
    binder.registerCustomEditor(BigDecimal.class, new Decimals());
    binder.registerCustomEditor(LocalDate.class, new Dates());
    binder.registerCustomEditor(String.class, new Texts());
  }

  /** A refusal as the binder expects it: a type mismatch, carrying the parser's reason. */
  private static Object read(Supplier<Object> parser) {
    try {
      return parser.get();
    } catch (RuleViolation refusal) {
      throw new IllegalArgumentException(refusal.getMessage(), refusal);
    }
  }

  /** A decimal in plain notation; blank is none. */
  static final class Decimals extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
      setValue(read(() -> DecimalInput.quantity(null, text)));
    }

    @Override
    public String getAsText() {
      return getValue() instanceof BigDecimal value ? value.toPlainString() : "";
    }
  }

  /** An ISO date in the programme's range; blank is none. */
  static final class Dates extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
      setValue(read(() -> DateInput.parse(null, text)));
    }

    @Override
    public String getAsText() {
      return getValue() instanceof LocalDate value ? value.toString() : "";
    }
  }

  /** Text as sent, without control characters. */
  static final class Texts extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
      setValue(read(() -> TextInput.checked(null, text)));
    }

    @Override
    public String getAsText() {
      return getValue() instanceof String value ? value : "";
    }
  }
}
