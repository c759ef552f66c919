package org.cppp.identity;

/** A token just created, with its secret: shown this once, then only its hash is kept. */
public record CreatedApiToken(ApiTokenView token, String secret) {}
