package org.cppp.outreach;

/** An enquiry waits for an answer, has one, or is closed. */
public enum EnquiryStatus {
  OPEN,
  ANSWERED,
  CLOSED
}
