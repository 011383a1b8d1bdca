/**
 * Disclosure of enforcement results (云南省行政执法公示办法): each decision published as a summary or redacted full
 * text (PM9, PM10) within the working-day deadlines (PM14), withheld on a recorded ground (PM11), withdrawn or
 * changed when a review or court changes it (PM12, PM16); personal data found from the case's own data and by rules
 * administrators extend in {@code config/}. The catalogue, statistics and requests from the public are modules of
 * their own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure of results")
package org.zhifa.disclosure;
