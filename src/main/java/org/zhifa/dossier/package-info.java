/**
 * The case file (卷宗, RM20): a case's record, evidence and documents gathered into one archive — a PDF with the
 * cover, every record entry and the evidence list, the files themselves and a SHA-256 manifest — exported under the
 * case's access rule (RM22), for archivists, reviewers (案卷评查) and courts. It reads the other modules only through
 * their APIs: the case's summary, the record and its verification, the evidence export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case file")
package org.zhifa.dossier;
