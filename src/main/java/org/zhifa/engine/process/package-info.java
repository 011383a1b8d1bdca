/**
 * The engine's rules for every model (step inputs, derived variables, starters, expressions) and, for the other
 * modules' process glue, {@link org.zhifa.engine.process.StepVariables}: how a delegate reads what a step holds.
 */
@org.springframework.modulith.NamedInterface("process")
package org.zhifa.engine.process;
