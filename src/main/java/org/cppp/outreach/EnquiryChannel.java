package org.cppp.outreach;

/** How an enquiry reached the hotline. */
public enum EnquiryChannel {
  PHONE,
  EMAIL,
  WEB,
  WALK_IN
}
