package org.cppp.provider;

import java.util.Locale;
import org.cppp.identity.AccountBindingTarget;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets the identity module bind provider users to a provider on the register. */
@Component
class ProviderBindingTarget implements AccountBindingTarget {

  private final ServiceProviders providers;

  ProviderBindingTarget(ServiceProviders providers) {
    this.providers = providers;
  }

  @Override
  public Role role() {
    return Role.PROVIDER;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean exists(String key) {
    return key != null && providers.existsByCode(key.trim().toUpperCase(Locale.ROOT));
  }
}
