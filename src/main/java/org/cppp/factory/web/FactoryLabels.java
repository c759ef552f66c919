package org.cppp.factory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.factory.CityView;
import org.cppp.factory.IneligibilityReason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words for cities, sectors and ineligibility reasons in the reader's language. */
@Component
class FactoryLabels {

  private final MessageSource messages;

  FactoryLabels(MessageSource messages) {
    this.messages = messages;
  }

  Map<String, String> cityNames(List<CityView> cities, Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    cities.forEach(c -> names.put(c.code(), c.name(locale)));
    return names;
  }

  List<String> reasons(
      List<IneligibilityReason> reasons, Map<String, String> cityNames, Locale locale) {
    return reasons.stream()
        .map(
            r ->
                messages.getMessage(
                    r.messageKey(), new Object[] {arg(r, cityNames, locale)}, locale))
        .toList();
  }

  private String arg(IneligibilityReason reason, Map<String, String> cityNames, Locale locale) {
    return switch (reason.kind()) {
      case CITY_NOT_ELIGIBLE -> cityNames.getOrDefault(reason.value(), reason.value());
      case SECTOR_NOT_TARGET ->
          messages.getMessage("sector." + reason.value(), null, reason.value(), locale);
      default -> reason.value();
    };
  }
}
