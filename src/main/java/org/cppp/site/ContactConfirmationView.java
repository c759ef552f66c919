package org.cppp.site;

/**
 * What a factory's registered contact sees behind the mailed link: who asks to become an additional
 * user of which factory, and whether it is still open.
 */
public record ContactConfirmationView(
    String brNumber,
    String requesterName,
    String requesterEmail,
    boolean open,
    boolean confirmed,
    boolean declined) {}
