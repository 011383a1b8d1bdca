/**
 * The full-process record (全过程记录, RM3, RM4, RM8, RM24.1): one entry per step of every case, appended in the same
 * transaction as the engine step, hash-chained per case so that any later change, removal or insertion is detected
 * by {@link org.zhifa.record.CaseRecord#verify(String)}. Recording is attached by a process-engine plugin to every
 * model, including models deployed later, so no model can leave a step unrecorded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Full-process record")
package org.zhifa.record;
