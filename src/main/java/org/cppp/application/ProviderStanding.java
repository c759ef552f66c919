package org.cppp.application;

import java.time.LocalDate;
import java.util.Optional;
import org.cppp.provider.Providers;
import org.cppp.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Whether an application may name a provider on a date: one rule for a new draft, a submission and
 * a change of provider.
 */
@Component
class ProviderStanding {

  private final Providers providers;

  ProviderStanding(Providers providers) {
    this.providers = providers;
  }

  /**
   * Why the provider may not be named on {@code on} (refused as {@code field}): not on the
   * register, or based in Guangdong with a lapsed GDEIC registration. Empty when it may be, or none
   * is named.
   */
  Optional<RuleViolation> refusal(String field, String providerCode, LocalDate on) {
    if (providerCode == null || providerCode.isBlank()) {
      return Optional.empty();
    }
    String key =
        switch (providers.standing(providerCode.trim(), on)) {
          case ENGAGEABLE -> null;
          case NOT_REGISTERED -> "application.provider.not-registered";
          case GDEIC_LAPSED -> "application.provider.gdeic-lapsed";
        };
    return Optional.ofNullable(key).map(k -> new RuleViolation(field, k, providerCode));
  }

  /** Refuses (as {@link #refusal}) a provider that may not be named on {@code on}. */
  void require(String field, String providerCode, LocalDate on) {
    refusal(field, providerCode, on)
        .ifPresent(
            refusal -> {
              throw refusal;
            });
  }
}
