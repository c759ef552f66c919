package org.cppp.funding;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Scheme} as its code, in every module's tables. */
@Converter(autoApply = true)
public class SchemeConverter implements AttributeConverter<Scheme, String> {

  @Override
  public String convertToDatabaseColumn(Scheme scheme) {
    return scheme == null ? null : scheme.code();
  }

  @Override
  public Scheme convertToEntityAttribute(String code) {
    return code == null ? null : Scheme.valueOf(code);
  }
}
