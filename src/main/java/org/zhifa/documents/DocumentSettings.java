package org.zhifa.documents;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir          a folder holding the templates ({@code *.html}, an agency's own in a subfolder named by its
 *                     code); blank means the templates packed into the application
 * @param fonts        font files or folders, tried in order
 * @param signedCopies the kinds whose signed paper copy must be scanned back before a case is archived: for every
 *                     agency ({@code default}) or for an agency by its code, which then replaces the default
 */
@ConfigurationProperties("zhifa.documents")
public record DocumentSettings(String dir, List<String> fonts, Map<String, List<String>> signedCopies) {

    public DocumentSettings {
        fonts = fonts == null ? List.of() : List.copyOf(fonts);
        signedCopies = signedCopies == null ? Map.of() : Map.copyOf(signedCopies);
        signedCopies.forEach((agency, kinds) -> kinds.forEach(kind -> DocumentKind.byKey(kind).orElseThrow(
                () -> new IllegalArgumentException("zhifa.documents.signed-copies." + agency + "：没有文书种类 " + kind))));
    }

    boolean packed() {
        return dir == null || dir.isBlank();
    }

    /** The kinds an agency must have signed copies of before archiving. */
    List<DocumentKind> signedCopiesOf(String agencyCode) {
        List<String> kinds = signedCopies.getOrDefault(agencyCode, signedCopies.getOrDefault("default", List.of()));
        return kinds.stream().map(kind -> DocumentKind.byKey(kind).orElseThrow()).toList();
    }
}
