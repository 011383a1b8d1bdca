package org.zhifa.supervision.process;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.supervision.CaseFileReviews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code Task_Draw}: the round's sample drawn with a new seed; seed and sample are this step's recorded values. */
@Component("caseFileSampling")
class CaseFileSampling implements JavaDelegate {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseFileReviews reviews;

    CaseFileSampling(CaseFileReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        var request = new CaseFileReviews.RoundRequest((String) execution.getVariable(CaseFileReviewProcess.NAME),
                List.of(((String) execution.getVariable(CaseFileReviewProcess.AGENCIES)).split(",")),
                LocalDate.parse((String) execution.getVariable(CaseFileReviewProcess.FROM)),
                LocalDate.parse((String) execution.getVariable(CaseFileReviewProcess.TO)),
                (Integer) execution.getVariable(CaseFileReviewProcess.SAMPLE_SIZE),
                (Double) execution.getVariable(CaseFileReviewProcess.SAMPLE_SHARE));
        CaseFileReviews.Draw draw = reviews.draw(execution.getProcessBusinessKey(), request,
                (String) execution.getVariable(CaseFileReviewProcess.REQUESTED_BY));
        execution.setVariable(CaseFileReviewProcess.SEED, draw.seed());
        execution.setVariable(CaseFileReviewProcess.POPULATION, draw.population());
        execution.setVariable(CaseFileReviewProcess.SAMPLE, JSON.writeValueAsString(draw.sample()));
    }
}
