package org.zhifa.supervision.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.zhifa.supervision.CaseFileReviews;
import org.zhifa.supervision.ReviewSteps;

/**
 * What the round's multi-instance steps run over, read from where the server keeps them, not from a variable: the
 * cases drawn ({@code ${caseFileReviewLists.sample(execution)}}) and the agencies to rectify
 * ({@code ${caseFileReviewLists.rectifying(execution)}}).
 */
@Component("caseFileReviewLists")
public class CaseFileReviewLists {

    private final CaseFileReviews reviews;
    private final ReviewSteps steps;

    CaseFileReviewLists(CaseFileReviews reviews, ReviewSteps steps) {
        this.reviews = reviews;
        this.steps = steps;
    }

    public List<String> sample(DelegateExecution execution) {
        return reviews.sampleOf(execution.getProcessBusinessKey());
    }

    public List<String> rectifying(DelegateExecution execution) {
        return steps.toRectify(execution.getProcessBusinessKey());
    }
}
