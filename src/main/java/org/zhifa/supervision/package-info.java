/**
 * Supervision (执法监督, RM9, RM24, PM6, PM20): the one place supervisors, agency heads and administrators go to see
 * what is overdue, what is missing from a record, whether the records and the evidence are intact, and who read
 * what. Read-only over the other modules' public query APIs: it owns no case data and writes nothing of theirs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.zhifa.supervision;
