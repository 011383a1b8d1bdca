/**
 * The public side of disclosure (PM5, PM13): the portal's pages and the open API (JSON, paginated) — published,
 * redacted results ({@link org.zhifa.disclosure.PublishedResults}), each agency's catalogue, the annual statistics,
 * and the forms for corrections and information requests — reading only what those modules publish.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.zhifa.portal;
