package org.zhifa.disclosure;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.StateConflict;

/**
 * A published result corrected at a party's request (PM17): a new published version, the earlier ones kept; the
 * portal shows it from now on. A result withdrawn under PM11 is never published again.
 */
@Service
public class ResultCorrections {

    private final Publications publications;
    private final PublishedResults published;

    ResultCorrections(Publications publications, PublishedResults published) {
        this.publications = publications;
        this.published = published;
    }

    /**
     * Publishes the corrected version of the result.
     *
     * @throws Refusal a conflict when the result was withdrawn from the platform
     */
    @Transactional
    public void correct(long publicationId, PublishedContent corrected, String actor) {
        if (publications.withdrawn(publicationId)) {
            throw new StateConflict("该决定已依第十一条撤回公示，不能更正后再公示");
        }
        Publications.Publication publication = publications.find(publicationId).orElseThrow();
        Publications.Version version = publications.append(new Publications.Version(0, publicationId, "publish",
                corrected.form(), corrected.caseName(), corrected.partyShown(), corrected.facts(),
                corrected.legalBasis(), corrected.decision(), corrected.fullTextIfFull(), "PM17", "依当事人申请更正", false,
                actor, null));
        publications.project(publication, version);
        published.changed();
    }
}
