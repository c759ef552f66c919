package org.cppp.platform;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Money in JSON is a string with its cents ({@code "15000.00"}), so no client reads it as a
 * floating-point number. A request body naming a field its endpoint does not take is refused (400
 * naming the field, {@link ApiErrors}) rather than silently ignored; JSON the application stores
 * and reads back itself (audit details, snapshots) keeps the lenient shared mapper.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

  @Bean
  JsonMapperBuilderCustomizer moneyAsStrings() {
    return builder ->
        builder
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .withConfigOverride(
                BigDecimal.class,
                override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)));
  }

  /**
   * The web layer's JSON converter, in place of Boot's (this configurer runs after Boot's): the
   * shared mapper, strict about unknown fields.
   */
  @Bean
  WebMvcConfigurer strictJsonBodies(JsonMapper mapper) {
    JacksonJsonHttpMessageConverter strict =
        new JacksonJsonHttpMessageConverter(
            mapper.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
    return new WebMvcConfigurer() {
      @Override
      public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.withJsonConverter(strict);
      }
    };
  }
}
