package org.cppp.platform;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string in a JSON body is checked as {@link TextInput} checks a form field: one with a
 * control character is refused where it is read, and {@link ApiErrors} answers 400 naming its field
 * (e.g. {@code costItems[1].description}).
 */
@Configuration(proxyBeanMethods = false)
class TextInputJson {

  @Bean
  JsonMapperBuilderCustomizer controlCharactersRefused() {
    return builder ->
        builder.addModule(
            new SimpleModule("cppp-text-input").addDeserializer(String.class, new Text()));
  }

  /** Whether an unreadable body was refused for a control character in one of its strings. */
  static boolean refusedIn(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ControlCharacter) {
        return true;
      }
    }
    return false;
  }

  /** The standard string, refused when it holds a control character. */
  private static final class Text extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      String value = super.deserialize(p, ctxt);
      if (value != null && TextInput.hasControlCharacter(value)) {
        throw new ControlCharacter(p);
      }
      return value;
    }
  }

  /** A JSON string with a control character; Jackson adds the path of its field. */
  static final class ControlCharacter extends MismatchedInputException {

    ControlCharacter(JsonParser p) {
      super(p, "control character in text", String.class);
    }
  }
}
