package org.zhifa.documents;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys the templates folder when the server starts, first of the start-up runners: a template that fails its
 * checks stops the start, naming the file, the line and the reason ({@link TemplateFailureAnalyzer}). It runs once
 * the context is up (deploying while the context is refreshed leaves a half-started web server behind in a JVM that
 * goes on, as tests do), so a step completed in the first seconds of a first start could find no template yet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TemplateDeployer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TemplateDeployer.class);

    private final DocumentTemplates templates;
    private final TemplateFolder folder;

    TemplateDeployer(DocumentTemplates templates, DocumentSettings settings) {
        this.templates = templates;
        this.folder = new TemplateFolder(settings);
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            var added = templates.deploy(folder.read(), "folder", "system");
            if (!added.isEmpty()) {
                log.info("Deployed document templates: {}", added.stream().map(DocumentTemplate::reference).toList());
            }
            var present = templates.current("").stream().map(DocumentTemplate::name).toList();
            var missing = java.util.stream.Stream.of(DocumentKind.values()).map(DocumentKind::key)
                    .filter(key -> !present.contains(key)).map(key -> key + ".html").toList();
            if (!missing.isEmpty()) {
                throw new TemplateException("documents/", 0, "缺少文书模板 " + String.join("、", missing)
                        + "：每种文书都要有通用模板", null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("documents folder unreadable", e);
        }
    }
}
