package org.cppp.application;

/** What a supporting document is. */
public enum DocumentKind {
  QUOTATION,
  COST_BREAKDOWN,
  TECHNICAL_PROPOSAL,
  COMPLETION_REPORT,
  INVOICE,
  PHOTO,
  OTHER
}
