/**
 * The case file (卷宗, RM20): a case's documents, evidence and record gathered as an archivist files them — a PDF with
 * the cover, the 卷内文件目录, the documents as issued, the evidence list, the 备考表 and the record as an annex, and
 * a ZIP of the files with a SHA-256 manifest — exported under the case's access rule (RM22), for archivists,
 * reviewers (案卷评查) and courts. It reads the other modules only through their APIs: the case's summary, the
 * issued documents, the record and its verification, the evidence export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case file")
package org.zhifa.dossier;
