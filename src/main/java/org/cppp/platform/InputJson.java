package org.cppp.platform;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.cppp.shared.DateInput;
import org.cppp.shared.DecimalInput;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Numbers, dates and text in JSON bodies are read by the same parsers as page forms and CSV cells
 * ({@link DecimalInput}, {@link DateInput}, {@link TextInput}): a number in plain notation within
 * the digits its field declares ({@link Digits}, else 12 integer digits and 6 decimals), given as a
 * JSON number or a string; a date only as an ISO {@code yyyy-MM-dd} string in the programme's range
 * (a JSON number is never read as a day count); every string without control characters. A refusal
 * names the field's JSON path ({@link ApiErrors}).
 */
@Configuration(proxyBeanMethods = false)
class InputJson {

  @Bean
  JsonMapperBuilderCustomizer plainNumbersAndIsoDates(Clock clock) {
    SimpleModule module = new SimpleModule("cppp-input");
    module.addDeserializer(
        BigDecimal.class,
        new Decimals(DecimalInput.INTEGER_DIGITS, DecimalInput.QUANTITY_DECIMALS));
    module.addDeserializer(LocalDate.class, new Dates(clock));
    module.addDeserializer(String.class, new Texts());
    return builder -> builder.addModule(module);
  }

  /** A decimal within the digits its property declares. */
  static final class Decimals extends StdScalarDeserializer<BigDecimal> {

    private final int integerDigits;
    private final int decimals;

    Decimals(int integerDigits, int decimals) {
      super(BigDecimal.class);
      this.integerDigits = integerDigits;
      this.decimals = decimals;
    }

    @Override
    public ValueDeserializer<?> createContextual(
        DeserializationContext context, BeanProperty property) {
      Digits digits = property == null ? null : property.getAnnotation(Digits.class);
      return digits == null ? this : new Decimals(digits.integer(), digits.fraction());
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT
          || token == JsonToken.VALUE_NUMBER_FLOAT
          || token == JsonToken.VALUE_STRING) {
        return DecimalInput.parse(null, parser.getString(), integerDigits, decimals);
      }
      return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
    }
  }

  /** An ISO date string in the programme's range on the day it is read. */
  static final class Dates extends StdScalarDeserializer<LocalDate> {

    private final Clock clock;

    Dates(Clock clock) {
      super(LocalDate.class);
      this.clock = clock;
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw new org.cppp.shared.RuleViolation(null, "input.date.format");
      }
      return DateInput.on(clock).parse(null, parser.getString());
    }
  }

  /** The standard string, refused when it holds a control character. */
  static final class Texts extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      return TextInput.checked(null, super.deserialize(parser, context));
    }
  }
}
