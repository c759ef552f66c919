package org.cppp.provider;

/**
 * A provider already on the register (or removed from it) that an application may duplicate: the
 * same GDEIC registration number, or a similar name.
 *
 * @param sameGdeicNumber whether it holds the application's GDEIC registration number
 * @param registered whether it is on the list now (not removed)
 */
public record PossibleDuplicate(
    String code,
    String name,
    String nameZh,
    String gdeicRegistrationNo,
    boolean sameGdeicNumber,
    boolean registered) {}
