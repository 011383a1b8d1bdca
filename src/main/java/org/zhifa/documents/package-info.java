/**
 * Statutory documents (文书, RM3): each act's document laid out from a template administrators edit (the top-level
 * {@code documents/} folder, deployed at start-up and by REST, validated before it can reach a case), numbered where
 * it carries a 文号, rendered as A4 PDF with the embedded Chinese fonts (a decision also as OFD, GB/T 33190),
 * each file stored once by SHA-256 with the case and
 * given a verification code the public can check without seeing the content. Steps call {@link
 * org.zhifa.documents.Documents#issue}; the dossier and disclosure read what was issued.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.zhifa.documents;
