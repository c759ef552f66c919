package org.cppp.funding;

/** What a ledger entry records. */
public enum EntryKind {
  /** Budget paid into an account (a funding commitment of the Government). */
  COMMITMENT_ADDED,
  /** An approval commits the Government's share of an application. */
  COMMIT,
  /** A withdrawal, or completion below the approved amount, returns money to the account. */
  RELEASE,
  /** A claim paid against completed work. */
  PAYMENT
}
