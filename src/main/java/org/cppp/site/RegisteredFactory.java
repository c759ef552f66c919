package org.cppp.site;

/** The factory on the register that a request names, with its registered contact. */
public record RegisteredFactory(
    String nameEn, String nameZh, String contactPerson, String contactPhone, String contactEmail) {}
