/**
 * The public CP website's front door: what the programme is and who can apply (from the rules in
 * force), the funding on offer, upcoming events, success stories, guidebooks, recognised partners
 * and the ways to apply. Reads other modules' public facades only; owns no data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public website")
package org.cppp.site;
