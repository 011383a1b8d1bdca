/**
 * Enforcement cases (案件, RM10, RM11): every process instance is a case with a business key, numbered per year when
 * the starter gives none; processes called by a case belong to that case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.zhifa.cases;
