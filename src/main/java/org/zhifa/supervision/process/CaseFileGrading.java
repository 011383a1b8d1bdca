package org.zhifa.supervision.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.supervision.CaseFileReviews;
import org.zhifa.supervision.ReviewResults;

/** {@code Task_Grade}: every agency of the round graded; those that lost points are to rectify. */
@Component("caseFileGrading")
class CaseFileGrading implements JavaDelegate {

    private final CaseFileReviews reviews;
    private final ReviewResults results;

    CaseFileGrading(CaseFileReviews reviews, ReviewResults results) {
        this.reviews = reviews;
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> rectifying = reviews.grade(execution.getProcessBusinessKey());
        execution.setVariable(CaseFileReviewProcess.RECTIFYING, rectifying.size());
        execution.setVariable(CaseFileReviewProcess.GRADES, results.gradesText(execution.getProcessBusinessKey()));
    }
}
