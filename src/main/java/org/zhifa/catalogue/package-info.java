/**
 * The pre-enforcement catalogue (事前公开, PM7) and its changes (PM15): each agency's powers, random-inspection items,
 * remedies and the other maintained sections, versioned insert-only, each change reviewed and published within 20
 * working days (PM14) by {@code bpmn/catalogue-change.bpmn}, late ones flagged for supervisors (PM20.5); the entries the
 * directory keeps are versioned as they change, and the deployed models are published as flow charts (PM7.4).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package org.zhifa.catalogue;
