package org.cppp.site;

import java.time.Instant;
import org.cppp.factory.Sector;

/**
 * A request for an applicant account, as officers see it (never the password): what the requester
 * gave, the registered factory it names if any (then it can only add a user to that factory), and
 * whether its username is already taken.
 */
public record AccountRequestView(
    long id,
    String brNumber,
    String nameEn,
    String nameZh,
    boolean hkOwned,
    String city,
    Sector sector,
    String address,
    String contactPerson,
    String contactPhone,
    String contactEmail,
    String username,
    AccountRequestStatus status,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    Instant submittedAt,
    RegisteredFactory registeredFactory,
    boolean usernameTaken,
    Confirmation confirmation) {

  /** Whether the request names a factory already on the register. */
  public boolean namesRegisteredFactory() {
    return registeredFactory != null;
  }

  /** The registered contact's answer to whether the requester may join their factory. */
  public record Confirmation(
      String sentTo,
      Instant sentAt,
      Instant confirmedAt,
      String confirmedBy,
      String note,
      Instant declinedAt) {

    public boolean confirmed() {
      return confirmedAt != null;
    }

    public boolean declined() {
      return declinedAt != null;
    }
  }
}
