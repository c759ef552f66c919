package org.cppp.site;

/** Where a request for an applicant account stands. */
public enum AccountRequestStatus {
  PENDING,
  APPROVED,
  REJECTED
}
