package org.zhifa.supervision.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.supervision.ReviewResults;
import org.zhifa.supervision.ReviewSteps;

/** {@code Task_Grade}: every agency of the round graded; those that lost points are to rectify. */
@Component("caseFileGrading")
class CaseFileGrading implements JavaDelegate {

    private final ReviewSteps reviews;
    private final ReviewResults results;

    CaseFileGrading(ReviewSteps reviews, ReviewResults results) {
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
