package org.cppp.committee;

/** A factory (BR number) or provider (code) that is a member of a trade association. */
public record AssociationView(
    long id, String organisationCode, String factoryBr, String providerCode) {}
