/**
 * The process engine as this product runs it: the models in {@code bpmn/} and {@code forms/} deployed at start-up as
 * one deployment (administrators change them without code changes), the engine schema on MySQL created in utf8mb4,
 * and the engine started only after the database schema is in place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process engine")
package org.zhifa.engine;
