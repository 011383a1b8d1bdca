package org.zhifa.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A start request named a business key that a case already has (running or ended): a case is started once, and
 * nobody writes into another case's record by starting a process under its number. Answered with HTTP 409 (the
 * webapps' own REST API, which the server cannot extend, answers it as the form error it also is: 400 with the
 * message).
 */
public class BusinessKeyInUseException extends FormFieldValidationException {

    private final String businessKey;

    public BusinessKeyInUseException(String businessKey) {
        super(List.of(), "业务编号 “" + businessKey + "” 已被案件使用，不能再用它启动流程；不填业务编号时系统自动编号");
        this.businessKey = businessKey;
    }

    public String businessKey() {
        return businessKey;
    }
}
