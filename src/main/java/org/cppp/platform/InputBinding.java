package org.cppp.platform;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
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

  private final Clock clock;

  InputBinding(Clock clock) {
    this.clock = clock;
  }

  @InitBinder
  void parseNumbersDatesAndText(WebDataBinder binder) {
    binder.registerCustomEditor(
        BigDecimal.class,
        new Parsed<>(
            BigDecimal.class,
            text -> DecimalInput.quantity(null, text),
            BigDecimal::toPlainString));
    DateInput dates = DateInput.on(clock);
    binder.registerCustomEditor(
        LocalDate.class,
        new Parsed<>(LocalDate.class, text -> dates.parse(null, text), LocalDate::toString));
    binder.registerCustomEditor(
        String.class,
        new Parsed<>(String.class, text -> TextInput.checked(null, text), Function.identity()));
  }

  /**
   * A value read by its parser ({@code null} for none); a refusal as the binder expects it, a type
   * mismatch carrying the parser's reason.
   */
  private static final class Parsed<T> extends PropertyEditorSupport {

    private final Class<T> type;
    private final Function<String, T> parser;
    private final Function<T, String> writer;

    Parsed(Class<T> type, Function<String, T> parser, Function<T, String> writer) {
      this.type = type;
      this.parser = parser;
      this.writer = writer;
    }

    @Override
    public void setAsText(String text) {
      try {
        setValue(parser.apply(text));
      } catch (RuleViolation refusal) {
        throw new IllegalArgumentException(refusal.getMessage(), refusal);
      }
    }

    @Override
    public String getAsText() {
      return type.isInstance(getValue()) ? writer.apply(type.cast(getValue())) : "";
    }
  }
}
