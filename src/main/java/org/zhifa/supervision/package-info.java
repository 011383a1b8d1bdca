/**
 * Supervision (执法监督, RM9, RM24, PM6, PM20): the one place supervisors, agency heads and administrators go to see
 * what is overdue, what is missing from a record, whether the records and the evidence are intact, and who read
 * what. It reads the other modules through their public query APIs and changes nothing of theirs; it keeps only its
 * own tamper runs' results and their record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.zhifa.supervision;
