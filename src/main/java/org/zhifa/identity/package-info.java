/**
 * Users, groups and rights (RM22): the role groups every process refers to, their Camunda authorizations and
 * Tasklist filters, HTTP authentication of {@code /api} and {@code /engine-rest} against the engine's identity
 * service, and the demo users of the demo profile (never in production).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.zhifa.identity;
