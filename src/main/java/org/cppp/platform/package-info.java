/**
 * The house every module lives in: the embedded database, the production guard, security (with
 * {@link org.cppp.platform.HttpAccessRules} contributed by modules), locales, the page layout with
 * {@link org.cppp.platform.NavItem navigation} and {@link org.cppp.platform.DashboardTiles
 * dashboard tiles} contributed by modules, and error handling for pages and the API. It also owns
 * the edge every request passes: numbers, dates and text read by one parser each for page forms,
 * query parameters ({@link org.cppp.platform.InputBinding}) and JSON bodies ({@link
 * org.cppp.platform.InputJson}); requests that cannot be parsed at all answered 4xx ({@link
 * org.cppp.platform.UnreadableRequests}); redirects that name only a path ({@link
 * org.cppp.platform.PathOnlyRedirects}); user text made safe for a log line ({@link
 * org.cppp.platform.LogText}). And the shared outputs: mail ({@link org.cppp.platform.Mailer},
 * through the {@code mail_outbox} table and {@link org.cppp.platform.MailDispatcher}), PDFs ({@link
 * org.cppp.platform.PdfRenderer}), CSV files for spreadsheets ({@link org.cppp.platform.CsvSheet})
 * and the public forms' throttle ({@link org.cppp.platform.RateLimits}). And the programme's one
 * clock ({@link org.cppp.platform.ClockConfiguration}), what a page says after an action ({@link
 * org.cppp.platform.Notices}), money and moments as templates write them ({@link
 * org.cppp.platform.MoneyFormat}, {@link org.cppp.platform.ProgrammeTime}). No business rules live
 * here.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cppp.platform;
