package org.cppp.identity;

/**
 * Implemented by a module whose records users can be bound to (factories for applicants, providers
 * for providers' staff), so a binding is checked without this module depending on that one.
 */
public interface AccountBindingTarget {

  /** The role whose users bind to this kind of record. */
  Role role();

  /** Whether a record with this key (BR number, provider code) exists. */
  boolean exists(String key);
}
