/**
 * The public side of disclosure (PM5, PM13): the open API (JSON, paginated) and, later, the portal pages, reading
 * only what {@link org.zhifa.disclosure.PublishedResults} exposes — published, redacted results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.zhifa.portal;
