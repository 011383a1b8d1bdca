package org.zhifa.engine;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A start request named a business key that a case already has (running or ended): a case is started once, and
 * nobody writes into another case's record by starting a process under its number. Answered with HTTP 409.
 */
public class BusinessKeyInUseException extends ProcessEngineException {

    private final String businessKey;

    public BusinessKeyInUseException(String businessKey) {
        super("业务编号 “" + businessKey + "” 已被案件使用，不能再用它启动流程；不填业务编号时系统自动编号");
        this.businessKey = businessKey;
    }

    public String businessKey() {
        return businessKey;
    }
}
