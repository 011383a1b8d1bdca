package org.zhifa.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The template versions a document is made from: the kind's template and the fragment files it includes, each the
 * agency's own where it has one. Remembers which ones a rendering used, for the document to name them.
 */
final class TemplateSet {

    private final Map<String, DocumentTemplate> byName;
    private final List<DocumentTemplate> used = new ArrayList<>();

    TemplateSet(Map<String, DocumentTemplate> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** @return the version to use, or null if the set has no template of that name */
    DocumentTemplate get(String name) {
        DocumentTemplate template = byName.get(name);
        if (template != null && !used.contains(template)) {
            used.add(template);
        }
        return template;
    }

    /** The templates the last rendering read, in the order it read them (the kind's own first). */
    List<DocumentTemplate> used() {
        return List.copyOf(used);
    }

    void forget() {
        used.clear();
    }

    /** The same set with {@code replacing} in place of the templates of the same name. */
    TemplateSet with(List<DocumentTemplate> replacing) {
        Map<String, DocumentTemplate> copy = new java.util.HashMap<>(byName);
        replacing.forEach(template -> copy.put(template.name(), template));
        return new TemplateSet(copy);
    }
}
