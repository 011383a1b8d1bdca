/**
 * Evidence and audio-video records (RM12–RM23) in S3-compatible object storage through the MinIO SDK. So far: the
 * storage itself — an embedded S3-compatible server for the default profile and tests, a real MinIO in production,
 * the evidence bucket with object lock where the store supports it, and its health.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package org.zhifa.evidence;
