package org.zhifa.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads {@code documents/*.html} (every agency's templates) and {@code documents/<agency code>/*.html} (an agency's
 * own) from the templates folder or from the application.
 */
final class TemplateFolder {

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final String root;

    TemplateFolder(DocumentSettings settings) {
        this.root = settings.packed() ? "classpath:documents/" : "file:" + settings.dir().replaceAll("/*$", "") + "/";
    }

    List<TemplateFile> read() throws IOException {
        List<TemplateFile> files = new ArrayList<>();
        for (Resource resource : resolver.getResources(root + "*.html")) {
            files.add(file(resource, ""));
        }
        for (Resource resource : resolver.getResources(root + "*/*.html")) {
            String path = resource.getURL().getPath();
            String[] parts = path.split("/");
            files.add(file(resource, parts[parts.length - 2]));
        }
        files.sort(Comparator.comparing(TemplateFile::fileName));
        return files;
    }

    private static TemplateFile file(Resource resource, String agency) throws IOException {
        String fileName = resource.getFilename();
        try (InputStream in = resource.getInputStream()) {
            byte[] content = in.readNBytes(DocumentTemplates.MAX_BYTES + 1);
            return new TemplateFile(fileName.substring(0, fileName.length() - ".html".length()), agency,
                    "documents/" + (agency.isEmpty() ? "" : agency + "/") + fileName, content);
        }
    }
}
