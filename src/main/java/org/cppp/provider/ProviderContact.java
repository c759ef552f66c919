package org.cppp.provider;

import java.util.Locale;

/**
 * Where to mail a provider about the applications naming it when none of its staff has an account:
 * its registered contact e-mail, in the language it applied to join in (English otherwise).
 */
public record ProviderContact(String email, Locale locale) {}
