/**
 * Users, roles and sign-in. Owns the {@code users} tables; publishes {@link
 * org.cppp.identity.CurrentUser} (who is asking, and which factory or provider they are bound to)
 * and the {@link org.cppp.identity.Users} facade. Modules that own bindable records (factories,
 * providers) implement {@link org.cppp.identity.AccountBindingTarget} so this module can check a
 * binding without depending on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.cppp.identity;
