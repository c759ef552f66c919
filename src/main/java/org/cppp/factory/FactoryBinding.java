package org.cppp.factory;

import org.cppp.identity.AccountBindingTarget;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets the identity module check that an applicant is bound to a registered factory. */
@Component
class FactoryBinding implements AccountBindingTarget {

  private final FactoryRecords records;

  FactoryBinding(FactoryRecords records) {
    this.records = records;
  }

  @Override
  public Role role() {
    return Role.APPLICANT;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean exists(String key) {
    return key != null && records.existsByBrNumber(key.strip());
  }
}
