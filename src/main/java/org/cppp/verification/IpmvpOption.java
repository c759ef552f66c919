package org.cppp.verification;

/** The IPMVP (EVO) measurement and verification options. */
public enum IpmvpOption {
  /** Retrofit isolation, key parameter measured. */
  A,
  /** Retrofit isolation, all parameters measured. */
  B,
  /** Whole facility (utility bills). */
  C,
  /** Calibrated simulation. */
  D
}
