package org.zhifa.documents;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir   a folder holding the templates ({@code *.html}, an agency's own in a subfolder named by its code);
 *              blank means the templates packed into the application
 * @param fonts font files or folders, tried in order
 */
@ConfigurationProperties("zhifa.documents")
public record DocumentSettings(String dir, List<String> fonts) {

    public DocumentSettings {
        fonts = fonts == null ? List.of() : List.copyOf(fonts);
    }

    boolean packed() {
        return dir == null || dir.isBlank();
    }
}
