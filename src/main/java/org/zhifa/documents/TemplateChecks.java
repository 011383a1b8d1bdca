package org.zhifa.documents;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * Everything a template must pass before it is deployed, whether it comes from the folder at start-up or by REST:
 * its expressions name only the values of its kind, it is well-formed, it fills with a specimen case and with an
 * empty one, and the specimen lays out as a PDF. A fragment file is checked through every template that uses it.
 */
@Component
class TemplateChecks {

    private final TemplateExpressions expressions = new TemplateExpressions();
    private final DocumentRenderer renderer;

    TemplateChecks(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * @param set       the templates of one agency (or the defaults) as they would be after the deployment
     * @param candidates the templates being deployed
     * @throws TemplateException for the first problem, naming the file and line
     */
    void check(TemplateSet set, List<DocumentTemplate> candidates) {
        Set<String> everyValue = new HashSet<>();
        Stream.of(DocumentKind.values()).forEach(kind -> everyValue.addAll(kind.names()));
        for (DocumentTemplate candidate : candidates) {
            DocumentKind kind = DocumentKind.byKey(candidate.name()).orElse(null);
            expressions.check(candidate.fileName(), candidate.content(), kind == null ? everyValue : kind.names());
        }
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentTemplate own = set.get(kind.key());
            if (own == null) {
                continue;
            }
            Map<String, Object> specimen = Specimens.of(kind);
            String xhtml = fill(set, kind, specimen);
            Map<String, Object> empty = new HashMap<>();
            kind.names().forEach(name -> empty.put(name, null));
            fill(set, kind, empty);
            if (candidates.stream().anyMatch(c -> set.used().contains(c))) {
                try {
                    if (kind.decision()) {
                        // a decision is also drawn as OFD: what that cannot carry (an image, a gradient) is refused here
                        renderer.pdfAndOfd(xhtml, kind.title(), new OfdCopies.About(kind.title(), "样张", null,
                                "ABCD-EFGH-JKMN", java.time.LocalDate.of(2026, 1, 1), Instant.EPOCH));
                    } else {
                        renderer.pdf(xhtml, kind.title(), Instant.EPOCH);
                    }
                } catch (org.zhifa.shared.Unavailable noFont) {
                    // the server has no Chinese font: documents cannot be made at all, which health reports
                } catch (Exception | StackOverflowError e) {
                    throw new TemplateException(own.fileName(), 0, (kind.decision() ? "无法排版为 PDF 或 OFD："
                            : "无法排版为 PDF：") + e.getMessage(), e);
                }
            }
        }
    }

    private String fill(TemplateSet set, DocumentKind kind, Map<String, Object> values) {
        try {
            return renderer.fill(set, kind.key(), values).xhtml();
        } catch (TemplateEngineException e) {
            String file = set.get(kind.key()).fileName();
            int line = 0;
            String reason = e.getMessage();
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TemplateProcessingException p && p.getLine() != null) {
                    line = p.getLine();
                    DocumentTemplate named = p.getTemplateName() == null ? null : set.get(p.getTemplateName());
                    file = named == null ? file : named.fileName();
                    reason = message(p);
                    break;
                }
            }
            throw new TemplateException(file, line, "模板无法填充：" + reason, e);
        } catch (StackOverflowError e) {
            throw new TemplateException(set.get(kind.key()).fileName(), 0, "模板循环引用自身（th:replace 或 th:insert）", null);
        }
    }

    /** Thymeleaf's message without the position it appends, which the refusal gives in its own words. */
    private static String message(TemplateProcessingException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = message.indexOf(" (template: ");
        Throwable cause = e.getCause();
        String detail = cause != null && cause.getMessage() != null && cause != e ? "：" + cause.getMessage() : "";
        return (at > 0 ? message.substring(0, at) : message) + detail;
    }
}
