/**
 * Disclosure of enforcement information (云南省行政执法公示办法): results of decisions published as a summary or
 * redacted full text (PM9, PM10) within the working-day deadlines (PM14), withheld on a recorded ground (PM11);
 * personal data found from the case's own data and by rules administrators extend in {@code config/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure")
package org.zhifa.disclosure;
