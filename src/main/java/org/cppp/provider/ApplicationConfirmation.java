package org.cppp.provider;

/**
 * What the holder of an application's mailed link sees: which provider, and whether the link has
 * already been used.
 */
public record ApplicationConfirmation(String name, boolean confirmed) {}
