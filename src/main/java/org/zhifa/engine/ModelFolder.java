package org.zhifa.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Reads {@code bpmn/*.bpmn}, {@code bpmn/*.dmn} and {@code forms/*.form} from the models folder or the jar. */
final class ModelFolder {

    private static final String[] PATTERNS = { "bpmn/*.bpmn", "bpmn/*.dmn", "forms/*.form" };

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final String root;

    ModelFolder(ModelSettings settings) {
        this.root = settings.packed() ? "classpath:" : "file:" + settings.dir().replaceAll("/*$", "") + "/";
    }

    String location() {
        return root;
    }

    List<ModelFile> read() throws IOException {
        List<ModelFile> files = new ArrayList<>();
        for (String pattern : PATTERNS) {
            String folder = pattern.substring(0, pattern.indexOf('/'));
            for (Resource resource : resolver.getResources(root + pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    files.add(new ModelFile(folder + "/" + resource.getFilename(), in.readAllBytes()));
                }
            }
        }
        files.sort(Comparator.comparing(ModelFile::name));
        return files;
    }
}
