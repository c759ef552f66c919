/**
 * The house every module lives in: the embedded database, the production guard, security (with
 * {@link org.cppp.platform.HttpAccessRules} contributed by modules), locales, the page layout with
 * {@link org.cppp.platform.NavItem navigation} and {@link org.cppp.platform.DashboardTiles
 * dashboard tiles} contributed by modules, and error handling for pages and the API. No business
 * rules live here.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cppp.platform;
