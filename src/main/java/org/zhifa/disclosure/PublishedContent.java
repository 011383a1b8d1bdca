package org.zhifa.disclosure;

/**
 * What a publication says (PM9, PM10): its form ({@code summary} or {@code full}), the case name, the party as shown,
 * facts, legal basis, decision and — for a full-text publication — the redacted text of the decision document.
 */
public record PublishedContent(String form, String caseName, String partyShown, String facts, String legalBasis,
        String decision, String fullText) {

    /** The full text only when the form is {@code full}. */
    public String fullTextIfFull() {
        return "full".equals(form) ? fullText : null;
    }
}
