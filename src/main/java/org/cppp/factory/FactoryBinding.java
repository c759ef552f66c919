package org.cppp.factory;

import org.cppp.identity.AccountBindingTarget;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets the identity module check that an applicant is bound to a registered factory or Hong Kong
 * business (whose user then sees all its factories).
 */
@Component
class FactoryBinding implements AccountBindingTarget {

  private final FactoryRecords records;
  private final BusinessRecords businesses;

  FactoryBinding(FactoryRecords records, BusinessRecords businesses) {
    this.records = records;
    this.businesses = businesses;
  }

  @Override
  public Role role() {
    return Role.APPLICANT;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean exists(String key) {
    return key != null
        && (records.existsByBrNumber(key.strip()) || businesses.existsByBrNumber(key.strip()));
  }
}
