/**
 * Evidence and audio-video records (RM12–RM24) in S3-compatible object storage through the MinIO SDK: streaming
 * intake identified by Apache Tika and stored by content; RM14 uninterrupted-recording steps, RM15/RM17
 * interruptions, RM20 storage deadlines, RM21 notes, RM22 rights and the hash-chained access log, RM23 copies and
 * approved releases, RM24 re-hash verification; the export a dossier is made from. The storage is an embedded
 * S3-compatible server for the default profile and tests, a real MinIO with object lock in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package org.zhifa.evidence;
